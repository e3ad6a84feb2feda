import { Suspense, use, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { AroundNavHandler } from 'wouter';
import { fetchEveryResource, hasEveryResource } from '../api/queries';
import type { I18nStore } from '../i18n/I18nStore';
import { DATA_LANGUAGE } from '../lib/dataText';
import { isSamePage, useAddress } from '../lib/navigation';
import { NotFoundPage } from './NotFoundPage';
import { pages, type Page } from './routes';

/** The router's base: the language's folder (localeBase) without its closing slash, /fr or nothing. */
export const routerBase = (basename: string) => basename.replace(/\/$/, '');

/** The page at a path below the router's base; none for an address the site does not have. */
export function pageAt(path: string): Page | undefined {
  return pages.find((page) => isSamePage(page.path, path));
}

/** The page at an address in the browser, whose path starts with the router's base. */
export function pageAtAddress(pathname: string, base: string): Page | undefined {
  return pathname.startsWith(base) ? pageAt(pathname.slice(base.length) || '/') : undefined;
}

const loadedCode = new Map<Page, ComponentType>();

// Each call asks the module system, which keeps a page's code once loaded: asking again then costs
// nothing, and after a failure it is a new attempt.
const loadCode = (page: Page) =>
  page.load().then((Component) => {
    loadedCode.set(page, Component);
    return Component;
  });

const messagesOf = (page: Page) => [page.namespace, ...(page.alsoNeeds ?? [])];

const loads = new WeakMap<I18nStore, Map<Page, Promise<ComponentType>>>();
const failedLoads = new WeakSet<Promise<ComponentType>>();

/** A promise marked with its outcome the way React's `use` reads it, so a settled one is not waited for. */
type Settling<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

function markedWhenSettled<T>(promise: Promise<T>): Settling<T> {
  const marked = promise as Settling<T>;
  // The handlers return nothing: returning `marked`, itself a promise, would hand its failure on, unhandled.
  promise.then(
    (value) => {
      Object.assign(marked, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(marked, { status: 'rejected', reason });
    },
  );
  return marked;
}

const alreadySettled = <T,>(value: T): Settling<T> =>
  Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });

/**
 * A page's code and its messages, loaded together. The same promise every time, even once it has
 * failed: React shows a page that suspended on it only by being handed that promise again. A link
 * followed to the page (`again`) tries a failed load anew. A page whose code and messages are here
 * already gets a promise React reads as settled, so it renders at once.
 */
export function loadPage(page: Page, i18n: I18nStore, { again = false } = {}): Promise<ComponentType> {
  const ofStore = loads.get(i18n) ?? new Map<Page, Promise<ComponentType>>();
  loads.set(i18n, ofStore);
  let loading = ofStore.get(page);
  if (!loading || (again && failedLoads.has(loading))) {
    const ready = readyPage(page, i18n);
    const started = ready
      ? alreadySettled(ready)
      : markedWhenSettled(
          Promise.all([loadCode(page), i18n.require(messagesOf(page))]).then(([Component]) => Component),
        );
    started.catch(() => failedLoads.add(started));
    ofStore.set(page, started);
    loading = started;
  }
  return loading;
}

/** The page's component if its code and messages are here already. */
function readyPage(page: Page, i18n: I18nStore): ComponentType | undefined {
  return i18n.hasLoaded(messagesOf(page)) ? loadedCode.get(page) : undefined;
}

function PageView({ page, i18n }: { page: Page; i18n: I18nStore }) {
  // Always through use(): a render that suspended must call it again when React retries.
  const Component = use(loadPage(page, i18n));
  // Not made here: a page's component is loaded once and kept, the same one at every render.
  // eslint-disable-next-line react-hooks/static-components
  return <Component />;
}

/** The page at the current address. The prerenderer and the browser load it before they render. */
export function PageOutlet({ i18n }: { i18n: I18nStore }) {
  const page = pageAt(useAddress().pathname);
  if (!page) return <NotFoundPage />;
  return (
    <Suspense fallback={null}>
      <PageView page={page} i18n={i18n} />
    </Suspense>
  );
}

/** Another page starts at its top, with the reader's focus at the start of its content, as a page load would. */
function startAtTopOfPage() {
  window.scrollTo(0, 0);
  document.getElementById('main')?.focus({ preventScroll: true });
}

/**
 * A link to another page loads that page, its code and its data, before the address changes, so the
 * page the reader is on stays until the next one can be drawn. A page that fails to load is shown
 * failing, with Retry. The next page is shown from its top (a link to a place on it, #AC-07, goes
 * to that place).
 */
export function loadBeforeNavigating(base: string, i18n: I18nStore, queryClient?: QueryClient): AroundNavHandler {
  return (navigate, to, options) => {
    const target = new URL(to, window.location.href);
    const page = pageAtAddress(target.pathname, base);
    const go = () => {
      const toAnotherPage = !isSamePage(target.pathname, window.location.pathname) && !target.hash;
      navigate(to, options);
      if (toAnotherPage) startAtTopOfPage();
    };
    // Only another page waits for data: a change of the same page's filters must apply at once, in order.
    const leavesPage = !isSamePage(target.pathname, window.location.pathname);
    const { locale } = i18n.getSnapshot();
    const translatedInto = locale === DATA_LANGUAGE ? null : locale;
    const lacksData = leavesPage && queryClient && !hasEveryResource(queryClient, translatedInto) ? queryClient : null;
    if (!page || (readyPage(page, i18n) && !lacksData)) return go();
    void Promise.allSettled([
      loadPage(page, i18n, { again: true }),
      lacksData && fetchEveryResource(lacksData, translatedInto),
    ]).then(go);
  };
}
