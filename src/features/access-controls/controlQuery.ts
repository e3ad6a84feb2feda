import type { AccessControl, ControlCategory, ControlStatus, Framework } from '../../api/schemas';
import { controlCategories, controlStatuses, frameworks } from '../../api/vocabulary';
import { pick } from '../../lib/pick';

export const sortKeys = ['id', 'title', 'category', 'status', 'frameworks', 'lastReviewed', 'evidence'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';

/** Everything that shapes the controls table; it lives in the URL. */
export interface ControlQuery {
  search: string;
  category: ControlCategory | null;
  status: ControlStatus | null;
  framework: Framework | null;
  overdueOnly: boolean;
  sort: SortKey;
  direction: SortDirection;
  /** The page of the table shown on screen, from 1; print shows every page. */
  page: number;
}

/** Rows on a page of the table: a screen or two, and cheap to replace as the reader types. */
export const CONTROLS_PAGE_SIZE = 100;

export const defaultQuery: ControlQuery = {
  search: '',
  category: null,
  status: null,
  framework: null,
  overdueOnly: false,
  sort: 'id',
  direction: 'asc',
  page: 1,
};

export function parseControlQuery(params: URLSearchParams): ControlQuery {
  return {
    search: params.get('q') ?? '',
    category: pick(controlCategories, params.get('category')),
    status: pick(controlStatuses, params.get('status')),
    framework: pick(frameworks, params.get('framework')),
    overdueOnly: params.get('review') === 'overdue',
    sort: pick(sortKeys, params.get('sort')) ?? 'id',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: /^[1-9]\d{0,5}$/.test(params.get('page') ?? '') ? Number(params.get('page')) : 1,
  };
}

/** Writes the query into `params`, leaving other parameters (lang, period…) alone. */
export function writeControlQuery(params: URLSearchParams, query: ControlQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
  set('q', query.search.trim() ? query.search : null);
  set('category', query.category);
  set('status', query.status);
  set('framework', query.framework);
  set('review', query.overdueOnly ? 'overdue' : null);
  set('sort', query.sort === 'id' ? null : query.sort);
  set('dir', query.direction === 'desc' ? 'desc' : null);
  set('page', query.page > 1 ? String(query.page) : null);
  return next;
}

export function isFiltered(query: ControlQuery): boolean {
  return Boolean(query.search.trim() || query.category || query.status || query.framework || query.overdueOnly);
}

/**
 * A review is overdue when it is more than 12 months older than the data's
 * as-of date. ISO dates compare correctly as text.
 */
export function isReviewOverdue(lastReviewed: string, asOf: string): boolean {
  const year = Number(asOf.slice(0, 4));
  const threshold = `${String(year - 1).padStart(4, '0')}${asOf.slice(4)}`;
  return lastReviewed < threshold;
}

const searchableTexts = new WeakMap<AccessControl, string>();

// Text with no accent to take off (plain ASCII, most of it) skips the Unicode normalization.
const fold = (text: string) =>
  (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{Diacritic}/gu, '')).toLocaleLowerCase('en');

/** What the search looks in, folded once per control rather than once per keystroke. */
function searchableText(control: AccessControl): string {
  let text = searchableTexts.get(control);
  if (text === undefined) {
    text = fold(
      [
        control.id,
        control.title,
        control.description,
        ...control.frameworks.map((mapping) => `${mapping.framework} ${mapping.reference}`),
      ].join(' '),
    );
    searchableTexts.set(control, text);
  }
  return text;
}

export function filterControls(controls: AccessControl[], query: ControlQuery, asOf: string): AccessControl[] {
  const terms = fold(query.search).split(/\s+/).filter(Boolean);
  return controls.filter((control) => {
    if (query.category && control.category !== query.category) return false;
    if (query.status && control.status !== query.status) return false;
    if (query.framework && !control.frameworks.some((mapping) => mapping.framework === query.framework)) return false;
    if (query.overdueOnly && !isReviewOverdue(control.lastReviewed, asOf)) return false;
    if (terms.length === 0) return true;
    const text = searchableText(control);
    return terms.every((term) => text.includes(term));
  });
}

const statusOrder: Record<ControlStatus, number> = { implemented: 0, partial: 1, planned: 2 };
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareBy(key: SortKey, a: AccessControl, b: AccessControl): number {
  switch (key) {
    case 'id':
      return collator.compare(a.id, b.id);
    case 'title':
      return collator.compare(a.title, b.title);
    case 'category':
      return collator.compare(a.category, b.category);
    case 'status':
      return statusOrder[a.status] - statusOrder[b.status];
    case 'frameworks':
      return a.frameworks.length - b.frameworks.length;
    case 'lastReviewed':
      return a.lastReviewed < b.lastReviewed ? -1 : a.lastReviewed > b.lastReviewed ? 1 : 0;
    case 'evidence':
      return a.evidence.length - b.evidence.length;
  }
}

/** Stable sort by one column, ties broken by id so the order is always the same. */
export function sortControls(controls: AccessControl[], sort: SortKey, direction: SortDirection): AccessControl[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...controls].sort((a, b) => sign * compareBy(sort, a, b) || collator.compare(a.id, b.id));
}
