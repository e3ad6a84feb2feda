import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/namespaces';
import type { Namespace } from '../i18n/namespaces';

export interface Page {
  /** The page's path; the build writes one HTML file per path. */
  path: string;
  label: MessageKey;
  description: MessageKey;
  /** The messages the page needs, loaded with its code. */
  namespace: Namespace;
  /** Other pages' messages it uses too (their names for statuses and categories, say). */
  alsoNeeds?: Namespace[];
  /** Listed in the navigation; a page reached from another one is not. */
  inNav?: false;
  /** The page's code, loaded when it is first shown. */
  load: () => Promise<ComponentType>;
}

/** The dashboard's pages: the navigation, the router and the build read this one list. */
export const pages: Page[] = [
  {
    path: '/',
    label: 'nav.overview',
    description: 'overview.intro',
    namespace: 'overview',
    load: () => import('./pages/OverviewPage').then((module) => module.OverviewPage),
  },
  {
    path: '/access-controls',
    label: 'nav.accessControls',
    description: 'controls.intro',
    namespace: 'controls',
    load: () => import('../features/access-controls/AccessControlsPage').then((module) => module.AccessControlsPage),
  },
  {
    path: '/requests',
    label: 'nav.requests',
    description: 'requests.intro',
    namespace: 'requests',
    load: () => import('../features/requests/RequestsPage').then((module) => module.RequestsPage),
  },
  {
    path: '/embed',
    label: 'nav.embed',
    description: 'embed.intro',
    namespace: 'embed',
    load: () => import('../features/embed/EmbedPage').then((module) => module.EmbedPage),
  },
  {
    path: '/data',
    label: 'nav.data',
    description: 'data.intro',
    namespace: 'data',
    alsoNeeds: ['changes'],
    load: () => import('../features/data/DataPage').then((module) => module.DataPage),
  },
  {
    path: '/changes',
    label: 'nav.changes',
    description: 'changes.intro',
    namespace: 'changes',
    alsoNeeds: ['controls', 'overview'],
    inNav: false,
    load: () => import('../features/changes/ChangesPage').then((module) => module.ChangesPage),
  },
];
