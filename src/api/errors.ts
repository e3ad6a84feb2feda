export type ApiErrorKind = 'network' | 'http' | 'json' | 'schema' | 'timeout';

/** A failure to load one API resource, typed by what went wrong. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly resource: string;
  readonly status?: number;
  /** Dotted path of the first field that failed validation, e.g. `[3].received.kind`. */
  readonly field?: string;

  constructor(
    kind: ApiErrorKind,
    resource: string,
    detail: string,
    extra: { status?: number; field?: string; cause?: unknown } = {},
  ) {
    super(`${resource}: ${detail}`, { cause: extra.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.resource = resource;
    this.status = extra.status;
    this.field = extra.field;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Formats a zod issue path as `[3].received.kind`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
