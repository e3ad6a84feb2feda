/** One page of a longer list, and where it sits in it (1-based, for reading aloud). */
export interface ListPage<T> {
  rows: readonly T[];
  page: number;
  pageCount: number;
  /** The position of its first row, 0 when the list is empty. */
  first: number;
  last: number;
  total: number;
}

/** Page `page` of `items`, `size` to a page; a page past either end gives the nearest one. */
export function pageOf<T>(items: readonly T[], page: number, size: number): ListPage<T> {
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (shown - 1) * size;
  const rows = items.slice(start, start + size);
  return {
    rows,
    page: shown,
    pageCount,
    first: total === 0 ? 0 : start + 1,
    last: start + rows.length,
    total,
  };
}
