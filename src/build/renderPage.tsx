import { escapeMarkup } from '../lib/escapeMarkup';
import {
  defaultShouldDehydrateQuery,
  dehydrate,
  matchQuery,
  type DehydratedState,
  type QueryClient,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { buildApiFiles } from '../api/publish';
import { metaQuery, translationPartQuery, translationQuery, transparencyKeys } from '../api/queries';
import { manifestQuery, versionDatasetQuery, versionsQuery } from '../api/releaseHistory';
import { resourceKeys, translationFileOf, VERSIONS_FILE, versionFolder } from '../api/resources';
import type { TranslationFile, VersionsIndex } from '../api/schemas';
import { translatableKeys, translateResource, translationPart } from '../api/dataTranslations';
import { defaultComparison } from '../features/changes/comparison';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/queryClient';
import { ReadRecordingQueryCache } from './readRecordingQueryCache';
import { reproducible } from './reproducibleState';
import { App } from '../app/App';
import { loadPage, pageAt, routerBase } from '../app/router';
import { I18nStore } from '../i18n/I18nStore';
import { createTranslator } from '../i18n/translator';
import { allMessages } from '../i18n/messages/all';
import { localeBase, type Locale } from '../i18n/locale';
import { env } from '../config/env';
import { DATA_LANGUAGE } from '../lib/dataText';
import type { PublishedPackage } from '../api/datapackage';

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  /** The data the page was rendered from, for the client to hydrate with. */
  queryState: DehydratedState;
  /** The route that was rendered, in that language: the browser hydrates only there. */
  path: string;
  locale: Locale;
  title: string;
  description: string;
  /** The name of the site's Atom feed of data releases, in the page's language. */
  feedTitle: string;
}

/** Renders one route to HTML in one language from the build's data, as the browser would first show it. */
export async function renderPage(path: string, contents: PublishedPackage, locale: Locale): Promise<RenderedPage> {
  const { dataset, info } = contents;
  const queryCache = new ReadRecordingQueryCache();
  const queryClient = createQueryClient(queryCache);
  // Marked as old, so the browser checks the published files again as soon as the page is live.
  for (const key of resourceKeys) {
    queryClient.setQueryData(transparencyKeys.resource(key), dataset[key], { updatedAt: 1 });
  }
  const files = contents.files?.text ?? Object.fromEntries(await buildApiFiles(dataset, info, contents.translations));
  queryClient.setQueryData(manifestQuery().queryKey, JSON.parse(files['manifest.json']!), { updatedAt: 1 });
  seedVersions(queryClient, files, path);
  const translationFile = locale === DATA_LANGUAGE ? undefined : files[translationFileOf(locale)];
  const translation = translationFile ? (JSON.parse(translationFile) as TranslationFile) : null;
  if (locale !== DATA_LANGUAGE) {
    queryClient.setQueryData(translationQuery(locale).queryKey, translation, { updatedAt: 1 });
    for (const key of translatableKeys) {
      queryClient.setQueryData(translationPartQuery(locale, key).queryKey, translationPart(translation, key), {
        updatedAt: 1,
      });
    }
  }
  const i18n = I18nStore.complete(locale, allMessages[locale]);
  const base = routerBase(localeBase(env.basePath, locale));
  const page = pageAt(path);
  if (page) await loadPage(page, i18n);
  queryCache.startRecording();
  const html = renderToString(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        <Router base={base} ssrPath={`${base}${path}`}>
          <App i18n={i18n} />
        </Router>
      </AppProviders>
    </StrictMode>,
  );
  const title = /<title>(.*?)<\/title>/.exec(html)?.[1] ?? '';
  const { scope } = translateResource('meta', dataset.meta, translation);
  const { t } = createTranslator(locale, allMessages[locale]);
  const description = page ? escapeMarkup(t(page.description, { scope })) : '';
  const feedTitle = escapeMarkup(t('data.changelog.feedTitle'));
  // meta.json's version is what the browser compares with the published one once the page is idle.
  const meta = metaQuery().queryKey;
  const queryState = reproducible(
    dehydrate(queryClient, {
      shouldDehydrateQuery: (query) =>
        defaultShouldDehydrateQuery(query) &&
        (queryCache.wasRead(query) || matchQuery({ queryKey: meta, exact: true }, query)),
    }),
  );
  return { html, queryState, title, description, feedTitle, path, locale };
}

/**
 * The list of versions is there for any page that reads it (the data page lists them). The "what
 * changed" page is written for the latest two versions, so it carries those two datasets.
 */
function seedVersions(queryClient: QueryClient, files: Record<string, string>, path: string) {
  const listed = files[VERSIONS_FILE];
  if (!listed) return;
  const index = JSON.parse(listed) as VersionsIndex;
  queryClient.setQueryData(versionsQuery().queryKey, index, { updatedAt: 1 });
  if (!path.startsWith('/changes')) return;
  const pair = defaultComparison(index);
  for (const version of pair ? [pair.from, pair.to] : []) {
    const dataset = files[`${versionFolder(version)}dataset.json`];
    if (dataset) queryClient.setQueryData(versionDatasetQuery(version).queryKey, JSON.parse(dataset), { updatedAt: 1 });
  }
}
