import { hydrate as hydrateQueries, type QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { fetchPublishedDataVersion } from '../api/client';
import { metaQuery, transparencyKeys } from '../api/queries';
import { AppProviders } from './AppProviders';
import { PRERENDERED_ID, type Prerendered } from './prerendered';
import { createQueryClient } from './queryClient';
import { App } from './App';
import { loadBeforeNavigating, loadPage, pageAtAddress, routerBase } from './router';
import { isSamePage } from '../lib/navigation';
import { I18nStore } from '../i18n/I18nStore';
import { setDocumentLanguage } from '../i18n/documentLanguage';
import { localeBase, localeOfAddress } from '../i18n/locale';
import { env } from '../config/env';
import { whenIdle } from '../lib/whenIdle';

async function startMockApiInDevelopment() {
  // Written against import.meta.env directly so the build drops msw entirely.
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { startMockApi } = await import('virtual:drd-mock-api');
  await startMockApi(window.location.search);
}

/** The prerendered data, as if just fetched: queries then do not refetch as the page hydrates. */
function freshFromNow(state: Prerendered['queryState']): Prerendered['queryState'] {
  const now = Date.now();
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  };
}

function readPrerendered(): Prerendered | null {
  const script = document.getElementById(PRERENDERED_ID);
  return script?.textContent ? (JSON.parse(script.textContent) as Prerendered) : null;
}

/** Loads the page at the current address first, so the first render matches the prerendered HTML. */
async function loadCurrentPage(base: string, i18n: I18nStore) {
  const page = pageAtAddress(window.location.pathname, base);
  if (page) await loadPage(page, i18n);
}

/**
 * The page's data was checked when it was built, and is published with it. Once the page is idle
 * (not while it hydrates), the published meta.json says whether the data has been republished
 * since this HTML was made (a page from a cache, say); only then is every resource fetched again.
 */
async function refetchIfRepublished(queryClient: QueryClient) {
  const builtFrom = queryClient.getQueryData(metaQuery().queryKey)?.dataVersion;
  // Straight from the API, not through the query cache: a failed check (offline, say) leaves the page as it is.
  const published = await fetchPublishedDataVersion().catch(() => null);
  if (published !== null && published !== builtFrom) {
    await queryClient.invalidateQueries({ queryKey: transparencyKeys.all });
  }
}

/** Starts the dashboard: hydrates the prerendered page where it can, renders it afresh where not. */
export async function startApp(intlWarmedUp: Promise<void>) {
  const i18n = new I18nStore(localeOfAddress(window.location, env.basePath));
  const basename = localeBase(env.basePath, i18n.getSnapshot().locale);
  // The language's folder ends with a slash, which an address like /fr may lack (some hosts answer it as /fr/).
  if (`${window.location.pathname}/` === basename) {
    window.history.replaceState(null, '', `${basename}${window.location.search}${window.location.hash}`);
  }
  setDocumentLanguage(i18n.getSnapshot().locale);
  // The page renders once Intl is ready, so that its first numbers and dates do not load ICU's data.
  await Promise.all([i18n.require(['common']), startMockApiInDevelopment(), intlWarmedUp]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const queryClient = createQueryClient();
  const base = routerBase(basename);
  const prerendered = readPrerendered();
  // The HTML was prerendered in one language for one path without parameters: only there does it match.
  const canHydrate =
    prerendered !== null &&
    i18n.getSnapshot().locale === prerendered.locale &&
    !window.location.search &&
    isSamePage(window.location.pathname, `${base}${prerendered.path}`);

  if (canHydrate) {
    hydrateQueries(queryClient, freshFromNow(prerendered.queryState));
    void whenIdle(5000).then(() => refetchIfRepublished(queryClient));
    await loadCurrentPage(base, i18n);
  }
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        <Router base={base} aroundNav={loadBeforeNavigating(base, i18n, queryClient)}>
          <App i18n={i18n} />
        </Router>
      </AppProviders>
    </StrictMode>
  );
  if (canHydrate) {
    // As a transition, hydration yields to the browser every few milliseconds instead of blocking it.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
