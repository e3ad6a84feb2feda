import type { MessageKey } from '../i18n/namespaces';

/** The dashboard's pages; the build writes one HTML file per path. */
export const pages: { path: string; label: MessageKey; description: MessageKey }[] = [
  { path: '/', label: 'nav.overview', description: 'overview.intro' },
  { path: '/access-controls', label: 'nav.accessControls', description: 'controls.intro' },
  { path: '/requests', label: 'nav.requests', description: 'requests.intro' },
  { path: '/embed', label: 'nav.embed', description: 'embed.intro' },
  { path: '/data', label: 'nav.data', description: 'data.intro' },
];
