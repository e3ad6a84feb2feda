import * as z from 'zod/mini';

const envSchema = z.object({
  VITE_API_BASE_URL: z.optional(
    z.string().check(
      z.trim(),
      z.refine((value) => value === '' || /^(https?:\/\/|\/)/.test(value), {
        message: 'must be an http(s) URL or a path starting with /',
      }),
    ),
  ),
  VITE_API_TIMEOUT_MS: z.optional(
    z.coerce.number().check(
      z.positive(),
      z.refine((value) => Number.isInteger(value), 'must be a whole number of milliseconds'),
    ),
  ),
  VITE_SITE_URL: z.optional(
    z.string().check(z.refine((value) => value === '' || /^https?:\/\//.test(value), 'must be an http(s) URL')),
  ),
  BASE_URL: z._default(z.string(), '/'),
  DEV: z._default(z.boolean(), false),
});

function readEnv() {
  const parsed = envSchema.safeParse(import.meta.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment configuration:\n${parsed.error.issues
        .map((issue) => `- ${issue.path.join('.')}: ${issue.message}`)
        .join('\n')}`,
    );
  }
  const { VITE_API_BASE_URL, VITE_API_TIMEOUT_MS, VITE_SITE_URL, BASE_URL, DEV } = parsed.data;
  return {
    /** Where /api/v1 lives; by default the site's own static files. */
    apiBaseUrl: (VITE_API_BASE_URL || `${BASE_URL}api/v1`).replace(/\/+$/, ''),
    apiTimeoutMs: VITE_API_TIMEOUT_MS ?? 10_000,
    basePath: BASE_URL,
    /** The site's public address (SITE_URL at build time), when it was given. */
    siteUrl: VITE_SITE_URL || null,
    isDev: DEV,
    usesExternalApi: Boolean(VITE_API_BASE_URL),
  };
}

export const env = readEnv();
