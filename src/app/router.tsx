import type { ComponentType } from 'react';
import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router';
import { env } from '../config/env';
import type { I18nStore } from '../i18n/I18nStore';
import type { Namespace } from '../i18n/namespaces';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/** A lazy route whose page and messages load together. */
function page<T>(i18n: I18nStore, namespace: Namespace, load: () => Promise<T>, pick: (module: T) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), i18n.require([namespace])]);
    return { Component: pick(module) };
  };
}

/** The dashboard's routes, shared by the browser router and the prerenderer. */
export function createRoutes(i18n: I18nStore): RouteObject[] {
  return [
    {
      path: '/',
      Component: Shell,
      ErrorBoundary: RouteError,
      HydrateFallback: () => null,
      children: [
        {
          index: true,
          lazy: page(
            i18n,
            'overview',
            () => import('./pages/OverviewPage'),
            (m) => m.OverviewPage,
          ),
        },
        {
          path: 'access-controls',
          lazy: page(
            i18n,
            'controls',
            () => import('../features/access-controls/AccessControlsPage'),
            (m) => m.AccessControlsPage,
          ),
        },
        {
          path: 'requests',
          lazy: page(
            i18n,
            'requests',
            () => import('../features/requests/RequestsPage'),
            (m) => m.RequestsPage,
          ),
        },
        {
          path: 'embed',
          lazy: page(
            i18n,
            'embed',
            () => import('../features/embed/EmbedPage'),
            (m) => m.EmbedPage,
          ),
        },
        {
          path: 'data',
          lazy: page(
            i18n,
            'data',
            () => import('../features/data/DataPage'),
            (m) => m.DataPage,
          ),
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ];
}

/**
 * The path the site is served under, with its trailing slash: a link home is then
 * /transparency/, the folder a static host serves, not /transparency, which it redirects.
 */
export const basename = env.basePath;

export function createRouter(routes: RouteObject[], hydrationData?: HydrationState) {
  return createBrowserRouter(routes, { basename, hydrationData });
}
