import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { App } from '../../src/app/App';
import { loadBeforeNavigating, loadPage, pageAt, pageAtAddress } from '../../src/app/router';
import type { Page } from '../../src/app/routes';
import { I18nStore } from '../../src/i18n/I18nStore';
import { allMessages } from '../../src/i18n/messages/all';
import { fetchEveryResource, hasEveryResource, translationPartQuery } from '../../src/api/queries';
import { server } from '../../mocks/node';
import { createTestQueryClient, renderWithProviders } from '../support/renderWithProviders';

const i18n = () => I18nStore.complete('en', allMessages.en);

/** A page of the router's shape, whose code `load` brings. */
const pageLoadedBy = (path: string, load: Page['load']): Page => ({
  path,
  label: 'nav.data',
  description: 'data.intro',
  namespace: 'data',
  load,
});

describe('the router', () => {
  it('finds a page at its folder or without the slash, and none elsewhere', () => {
    expect(pageAt('/requests/')?.path).toBe('/requests');
    expect(pageAt('/requests')?.path).toBe('/requests');
    expect(pageAt('/')?.path).toBe('/');
    expect(pageAt('/nowhere/')).toBeUndefined();
    expect(pageAt('~/elsewhere/requests')).toBeUndefined();
    expect(pageAtAddress('/transparency/fr/requests/', '/transparency/fr')?.path).toBe('/requests');
    expect(pageAtAddress('/transparency/fr/', '/transparency/fr')?.path).toBe('/');
    expect(pageAtAddress('/other/requests/', '/transparency/fr')).toBeUndefined();
  });

  it('keeps a failed load (React shows the failure only when handed the same promise) until a link asks again', async () => {
    let attempts = 0;
    const Flaky = () => null;
    const page = pageLoadedBy('/flaky', () =>
      ++attempts === 1 ? Promise.reject(new Error('chunk gone')) : Promise.resolve(Flaky),
    );
    const store = i18n();
    const failed = loadPage(page, store);
    await expect(failed).rejects.toThrow('chunk gone');
    expect(loadPage(page, store)).toBe(failed);
    expect(attempts).toBe(1);
    await expect(loadPage(page, store, { again: true })).resolves.toBe(Flaky);
    expect(attempts).toBe(2);
  });

  it('hands React a page whose code and messages are here as settled, so it is drawn without waiting', async () => {
    const Ready = () => null;
    const page = pageLoadedBy('/ready', () => Promise.resolve(Ready));
    const loading = loadPage(page, i18n()) as Promise<unknown> & { status?: string };
    expect(loading.status).toBeUndefined();
    await loading;
    expect(loading).toMatchObject({ status: 'fulfilled', value: Ready });
    // Another store (another language) whose messages are here: settled from the start.
    expect(loadPage(page, i18n())).toMatchObject({ status: 'fulfilled', value: Ready });
  });

  it('shows "not found" for an address it has no page at; a link keeps the page until the next is loaded', async () => {
    const store = i18n();
    renderWithProviders(
      <Router aroundNav={loadBeforeNavigating('', store)}>
        <App i18n={store} />
      </Router>,
      { path: '/nowhere/' },
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    fireEvent.click(screen.getByRole('link', { name: 'Go to the overview' }));
    // Checked before any promise can settle: the overview's code is loading, and until it is here
    // the address and the page stay as they are.
    expect(window.location.pathname).toBe('/nowhere/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(await screen.findByRole('heading', { level: 1, name: /Where US user data is stored/ })).toBeVisible();
    expect(window.location.pathname).toBe('/');
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  it('a link waits for the next page’s data as well as its code, so that page is drawn whole', async () => {
    const store = i18n();
    const queryClient = createTestQueryClient();
    renderWithProviders(
      <Router aroundNav={loadBeforeNavigating('', store, queryClient)}>
        <App i18n={store} />
      </Router>,
      { path: '/nowhere/', queryClient },
    );
    expect(hasEveryResource(queryClient)).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: 'Go to the overview' }));
    expect(window.location.pathname).toBe('/nowhere/');
    expect(await screen.findByRole('heading', { level: 1, name: /Where US user data is stored/ })).toBeVisible();
    expect(hasEveryResource(queryClient)).toBe(true);
    // Its figures are drawn with it, not after a fetch (the map still loads its own code).
    expect(screen.getByText('9 of 14')).toBeVisible();
  });

  it('in another language, the data a link waits for includes each resource’s part of the translation, from one fetch', async () => {
    const queryClient = createTestQueryClient();
    const translationFetches: string[] = [];
    const count = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/translations/fr.json')) translationFetches.push(request.url);
    };
    server.events.on('request:start', count);
    try {
      await fetchEveryResource(queryClient);
      expect(hasEveryResource(queryClient)).toBe(true);
      expect(hasEveryResource(queryClient, 'fr')).toBe(false);
      await fetchEveryResource(queryClient, 'fr');
      expect(hasEveryResource(queryClient, 'fr')).toBe(true);
      expect(translationFetches).toHaveLength(1);
      const part = queryClient.getQueryData(translationPartQuery('fr', 'requestCategories').queryKey);
      expect(Object.keys(part!)).toEqual(['request-categories']);
    } finally {
      server.events.removeListener('request:start', count);
    }
  });

  it('applies a change of the same page’s address at once, in order, though the cache lacks other pages’ data', async () => {
    const store = i18n();
    const requests = pageAt('/requests')!;
    await loadPage(requests, store);
    window.history.replaceState(null, '', '/requests/');
    const navigate = vi.fn();
    const around = loadBeforeNavigating('', store, createTestQueryClient());
    around(navigate, '/requests/?country=CN', {});
    around(navigate, '/requests/?country=CN&category=civilLitigant', {});
    expect(navigate.mock.calls.map(([to]) => to)).toEqual([
      '/requests/?country=CN',
      '/requests/?country=CN&category=civilLitigant',
    ]);
  });

  it('draws a page the back button returns to before its code is here, once it is, without misusing use()', async () => {
    const store = i18n();
    const reactErrors = vi.spyOn(console, 'error');
    renderWithProviders(
      <Router aroundNav={loadBeforeNavigating('', store)}>
        <App i18n={store} />
      </Router>,
      { path: '/nowhere/' },
    );
    // The history changes without a link, so nothing has loaded the page first: the page suspends.
    act(() => {
      window.history.pushState(null, '', '/data/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Data and methodology' })).toBeVisible();
    expect(reactErrors.mock.calls.flat().join(' ')).not.toMatch(/use\(\)/);
    reactErrors.mockRestore();
  });
});
