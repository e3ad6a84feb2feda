import { createBrowserRouter } from 'react-router';
import { env } from '../config/env';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

export function createRouter() {
  return createBrowserRouter(
    [
      {
        path: '/',
        Component: Shell,
        ErrorBoundary: RouteError,
        HydrateFallback: () => null,
        children: [
          { index: true, lazy: () => import('./pages/OverviewPage').then((m) => ({ Component: m.OverviewPage })) },
          {
            path: 'access-controls',
            lazy: () =>
              import('../features/access-controls/AccessControlsPage').then((m) => ({
                Component: m.AccessControlsPage,
              })),
          },
          {
            path: 'requests',
            lazy: () => import('../features/requests/RequestsPage').then((m) => ({ Component: m.RequestsPage })),
          },
          {
            path: 'embed',
            lazy: () => import('../features/embed/EmbedPage').then((m) => ({ Component: m.EmbedPage })),
          },
          { path: 'data', lazy: () => import('../features/data/DataPage').then((m) => ({ Component: m.DataPage })) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
    { basename: env.basePath.replace(/\/$/, '') || '/' },
  );
}
