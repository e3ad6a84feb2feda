/**
 * The build's settings as the pages read them. vite.config.ts checks them (src/config/envSchema.ts)
 * before anything is built, so the pages need no validation library to read them.
 */
function readEnv() {
  const { VITE_API_BASE_URL, VITE_API_TIMEOUT_MS, VITE_SITE_URL, BASE_URL, DEV } = import.meta.env as Record<
    string,
    string | boolean | undefined
  >;
  const apiBaseUrl = typeof VITE_API_BASE_URL === 'string' ? VITE_API_BASE_URL.trim() : '';
  const basePath = typeof BASE_URL === 'string' ? BASE_URL : '/';
  return {
    /** Where /api/v1 lives; by default the site's own static files. */
    apiBaseUrl: (apiBaseUrl || `${basePath}api/v1`).replace(/\/+$/, ''),
    apiTimeoutMs: Number(VITE_API_TIMEOUT_MS) || 10_000,
    basePath,
    /** The site's public address (SITE_URL at build time), when it was given. */
    siteUrl: typeof VITE_SITE_URL === 'string' && VITE_SITE_URL ? VITE_SITE_URL : null,
    isDev: DEV === true,
    usesExternalApi: Boolean(apiBaseUrl),
  };
}

export const env = readEnv();
