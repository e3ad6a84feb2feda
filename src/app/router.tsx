import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router';
import type { I18nStore } from '../i18n/I18nStore';
import { NotFoundPage } from './NotFoundPage';
import { pages } from './routes';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/** The dashboard's routes, shared by the browser router and the prerenderer. */
export function createRoutes(i18n: I18nStore): RouteObject[] {
  return [
    {
      path: '/',
      Component: Shell,
      ErrorBoundary: RouteError,
      HydrateFallback: () => null,
      children: [
        ...pages.map((page): RouteObject => ({
          ...(page.path === '/' ? { index: true } : { path: page.path.slice(1) }),
          // A page's code and its messages load together.
          lazy: async () => {
            const [Component] = await Promise.all([
              page.load(),
              i18n.require([page.namespace, ...(page.alsoNeeds ?? [])]),
            ]);
            return { Component };
          },
        })),
        { path: '*', Component: NotFoundPage },
      ],
    },
  ];
}

/**
 * The router's base is the language's (`localeBase`: /fr/ under the site's base, say). Links inside
 * the app are written against it, so they keep the page's language without naming it.
 */
export function createRouter(routes: RouteObject[], basename: string, hydrationData?: HydrationState) {
  return createBrowserRouter(routes, { basename, hydrationData });
}
