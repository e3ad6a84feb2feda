import { env } from '../config/env';
import { ApiError, formatIssuePath } from './errors';
import type * as z from 'zod/mini';
import { resources, translationFileOf, type ResourceData, type ResourceKey } from './resources';
import type { TranslationFile } from './schemas';

// zod and the schemas load with the first fetch, not with the page: a prerendered page starts
// from data that was checked when it was built.
export const loadSchemas = () => import('./resourceSchemas');

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Link to a file under /api/v1 as configured (root-relative by default), the same on server and client. */
export function apiFileHref(file: string): string {
  return `${env.apiBaseUrl}/${file}`;
}

/** Absolute URL of a file under /api/v1 (resources, openapi.json, manifest.json), for fetch, in the browser. */
export function apiFileUrl(file: string): string {
  const page = globalThis.location?.href;
  return page ? new URL(apiFileHref(file), page).href : apiFileHref(file);
}

/**
 * The address of a file under /api/v1 as anyone can use it (in a shell command, say): absolute when the
 * build knows the site's public address (SITE_URL) or the API is elsewhere; null when only a browser can tell.
 */
export function apiPublicUrl(file: string): string | null {
  const href = apiFileHref(file);
  if (/^https?:\/\//.test(href)) return href;
  return env.siteUrl ? new URL(href, env.siteUrl).href : null;
}

export function resourceUrl(key: ResourceKey): string {
  return apiFileUrl(resources[key].file);
}

export async function fetchResource<K extends ResourceKey>(
  key: K,
  options: FetchOptions = {},
): Promise<ResourceData<K>> {
  const { name, file } = resources[key];
  return (await fetchValidated(
    file,
    name,
    async () => (await loadSchemas()).resourceSchemas[key],
    options,
  )) as ResourceData<K>;
}

/** The package's translation of its own text into a language; null where it has none. */
export async function fetchTranslation(language: string, options: FetchOptions = {}): Promise<TranslationFile | null> {
  try {
    return await fetchValidated(
      translationFileOf(language),
      `translation ${language}`,
      async () => (await loadSchemas()).translationFile,
      options,
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The only place the app talks to the transparency API. Every response is
 * parsed with its zod schema, and every failure becomes an ApiError.
 */
export async function fetchValidated<S extends z.ZodMiniType>(
  file: string,
  name: string,
  loadSchema: () => Promise<S>,
  options: FetchOptions,
): Promise<z.infer<S>> {
  // Loaded alongside the request, so the two wait together.
  const schemaLoaded = Promise.all([loadSchema(), loadSchemas()]);
  const body = await fetchJson(file, name, options);
  const [schema, { checkInSlices }] = await schemaLoaded;
  const parsed = await checkInSlices(schema, body);
  if (!parsed.success) {
    const { issue } = parsed;
    const field = issue ? formatIssuePath(issue.path) || '(root)' : '(root)';
    throw new ApiError('schema', name, `unexpected shape at ${field}: ${issue?.message}`, {
      field,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * The version of the data the site publishes now, and nothing else of meta.json: a prerendered page
 * asks it once idle, to tell whether it was built from older data, and zod need not load for that.
 */
export async function fetchPublishedDataVersion(options: FetchOptions = {}): Promise<string> {
  const { file, name } = resources.meta;
  return dataVersionOf(await fetchJson(file, name, options), name);
}

/** meta.json's dataVersion, checked as its schema checks it (a non-empty string), by hand. */
export function dataVersionOf(body: unknown, name: string): string {
  const version =
    typeof body === 'object' && body !== null ? (body as { dataVersion?: unknown }).dataVersion : undefined;
  if (typeof version !== 'string' || version === '') {
    throw new ApiError('schema', name, 'unexpected shape at dataVersion: expected a non-empty string', {
      field: 'dataVersion',
    });
  }
  return version;
}

/** A JSON file of the API, parsed but not checked; every failure becomes an ApiError. */
async function fetchJson(
  file: string,
  name: string,
  { signal, timeoutMs = env.apiTimeoutMs }: FetchOptions,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // A cancellation by the caller passes through; our own timeout and other failures become ApiErrors.
  const failure = (cause: unknown, kind: 'network' | 'json', detail: string) => {
    if (signal?.aborted) return cause;
    if (timeout.aborted) return new ApiError('timeout', name, `no answer within ${timeoutMs} ms`, { cause });
    return new ApiError(kind, name, detail, { cause });
  };

  let response: Response;
  try {
    response = await fetch(apiFileUrl(file), {
      signal: combined,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
  } catch (cause) {
    throw failure(cause, 'network', 'network request failed');
  }

  if (!response.ok) {
    throw new ApiError('http', name, `HTTP ${response.status}`, {
      status: response.status,
    });
  }

  try {
    return JSON.parse(await response.text());
  } catch (cause) {
    throw failure(cause, 'json', 'response is not valid JSON');
  }
}
