import type { MessageKey } from '../i18n/namespaces';

/** The dashboard's pages; the build writes one HTML file per path. */
export const pages: { path: string; label: MessageKey }[] = [
  { path: '/', label: 'nav.overview' },
  { path: '/access-controls', label: 'nav.accessControls' },
  { path: '/requests', label: 'nav.requests' },
  { path: '/embed', label: 'nav.embed' },
  { path: '/data', label: 'nav.data' },
];
