import type { Locale } from './locale';
import type { changes } from './messages/en/changes';
import type { common } from './messages/en/common';
import type { controls } from './messages/en/controls';
import type { data } from './messages/en/data';
import type { embed } from './messages/en/embed';
import type { overview } from './messages/en/overview';
import type { requests } from './messages/en/requests';
import type { widget } from './messages/en/widget';

/** Messages are split by page so that each page downloads only its own, in one language. */
export const namespaces = ['common', 'overview', 'controls', 'requests', 'embed', 'data', 'changes', 'widget'] as const;
export type Namespace = (typeof namespaces)[number];

type Source = typeof common &
  typeof overview &
  typeof controls &
  typeof requests &
  typeof embed &
  typeof data &
  typeof changes &
  typeof widget;
export type MessageKey = keyof Source;
export type Dictionary = Partial<Record<MessageKey, string>>;

type Loader = () => Promise<Dictionary>;

const loaders: Record<Locale, Record<Namespace, Loader>> = {
  en: {
    common: () => import('./messages/en/common').then((module) => module.common),
    overview: () => import('./messages/en/overview').then((module) => module.overview),
    controls: () => import('./messages/en/controls').then((module) => module.controls),
    requests: () => import('./messages/en/requests').then((module) => module.requests),
    embed: () => import('./messages/en/embed').then((module) => module.embed),
    data: () => import('./messages/en/data').then((module) => module.data),
    changes: () => import('./messages/en/changes').then((module) => module.changes),
    widget: () => import('./messages/en/widget').then((module) => module.widget),
  },
  fr: {
    common: () => import('./messages/fr/common').then((module) => module.common),
    overview: () => import('./messages/fr/overview').then((module) => module.overview),
    controls: () => import('./messages/fr/controls').then((module) => module.controls),
    requests: () => import('./messages/fr/requests').then((module) => module.requests),
    embed: () => import('./messages/fr/embed').then((module) => module.embed),
    data: () => import('./messages/fr/data').then((module) => module.data),
    changes: () => import('./messages/fr/changes').then((module) => module.changes),
    widget: () => import('./messages/fr/widget').then((module) => module.widget),
  },
};

export async function loadDictionary(locale: Locale, wanted: readonly Namespace[]): Promise<Dictionary> {
  const parts = await Promise.all(wanted.map((namespace) => loaders[locale][namespace]()));
  return Object.assign({}, ...parts) as Dictionary;
}
