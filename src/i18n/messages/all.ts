// Every message of every language in one object, for tests and build-time prerendering: the app loads them by namespace.
import type { Locale } from '../locale';
import type { Dictionary } from '../namespaces';
import * as en from './en/common';
import * as enControls from './en/controls';
import * as enChanges from './en/changes';
import * as enData from './en/data';
import * as enEmbed from './en/embed';
import * as enOverview from './en/overview';
import * as enRequests from './en/requests';
import * as enWidget from './en/widget';
import * as fr from './fr/common';
import * as frControls from './fr/controls';
import * as frChanges from './fr/changes';
import * as frData from './fr/data';
import * as frEmbed from './fr/embed';
import * as frOverview from './fr/overview';
import * as frRequests from './fr/requests';
import * as frWidget from './fr/widget';

export const allMessages: Record<Locale, Dictionary> = {
  en: {
    ...en.common,
    ...enOverview.overview,
    ...enControls.controls,
    ...enRequests.requests,
    ...enEmbed.embed,
    ...enData.data,
    ...enChanges.changes,
    ...enWidget.widget,
  },
  fr: {
    ...fr.common,
    ...frOverview.overview,
    ...frControls.controls,
    ...frRequests.requests,
    ...frEmbed.embed,
    ...frData.data,
    ...frChanges.changes,
    ...frWidget.widget,
  },
};
