import * as z from 'zod/mini';

/** The settings a build or dev server takes from its environment. */
export const envSchema = z.object({
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
  BASE_PATH: z.optional(z.string().check(z.refine((value) => value.startsWith('/'), 'must start with /'))),
});

/**
 * Checks the environment before anything is built or served, so a mistake is said in words
 * there rather than found in the browser. Pages read the checked values without zod.
 */
export function environmentProblems(values: Record<string, string | undefined>): string | null {
  const parsed = envSchema.safeParse(values);
  if (parsed.success) return null;
  return `Invalid environment configuration:\n${parsed.error.issues
    .map((issue) => `- ${issue.path.join('.')}: ${issue.message}`)
    .join('\n')}`;
}
