import { describe, expect, it } from 'vitest';
import {
  defaultQuery,
  filterControls,
  isFiltered,
  isReviewOverdue,
  parseControlQuery,
  sortControls,
  writeControlQuery,
  type ControlQuery,
} from '../../src/features/access-controls/controlQuery';
import { sampleDataset } from '../support/sample';

const { accessControls } = sampleDataset;

const asOf = '2025-12-31';
const ids = (controls: { id: string }[]) => controls.map((control) => control.id);
const query = (change: Partial<ControlQuery>): ControlQuery => ({ ...defaultQuery, ...change });

describe('control query in the URL', () => {
  it('round-trips through URL parameters and keeps unrelated ones', () => {
    const state = query({
      search: 'log',
      category: 'monitoring',
      status: 'partial',
      framework: 'NIST80053',
      overdueOnly: true,
      sort: 'lastReviewed',
      direction: 'desc',
      page: 3,
    });
    const params = writeControlQuery(new URLSearchParams('lang=fr'), state);
    expect(params.get('lang')).toBe('fr');
    expect(parseControlQuery(params)).toEqual(state);
  });

  it('writes nothing for the defaults', () => {
    expect(writeControlQuery(new URLSearchParams(), defaultQuery).toString()).toBe('');
  });

  it('ignores unknown values instead of failing', () => {
    expect(parseControlQuery(new URLSearchParams('status=bogus&sort=nope&dir=up&framework=PCI'))).toEqual(defaultQuery);
    for (const page of ['0', '-2', '1.5', 'two', '9999999']) {
      expect(parseControlQuery(new URLSearchParams({ page })).page).toBe(1);
    }
  });

  it('knows when a filter is active', () => {
    expect(isFiltered(defaultQuery)).toBe(false);
    expect(isFiltered(query({ sort: 'title' }))).toBe(false);
    expect(isFiltered(query({ search: '  ' }))).toBe(false);
    expect(isFiltered(query({ overdueOnly: true }))).toBe(true);
  });
});

describe('review freshness', () => {
  it('flags a review more than 12 months older than the as-of date', () => {
    expect(isReviewOverdue('2024-12-30', asOf)).toBe(true);
    expect(isReviewOverdue('2024-12-31', asOf)).toBe(false);
    expect(isReviewOverdue('2025-06-01', asOf)).toBe(false);
    expect(isReviewOverdue('2023-02-28', '2024-02-29')).toBe(true);
    expect(isReviewOverdue('2023-03-01', '2024-02-29')).toBe(false);
  });

  it('finds the stale controls of the sample', () => {
    expect(ids(filterControls(accessControls, query({ overdueOnly: true }), asOf))).toEqual(['AC-05', 'AC-11']);
  });
});

describe('filtering', () => {
  it('searches id, title, description and framework references, all terms, any case', () => {
    expect(ids(filterControls(accessControls, query({ search: 'ac-07' }), asOf))).toEqual(['AC-07']);
    expect(ids(filterControls(accessControls, query({ search: 'HARDWARE-KEY mfa' }), asOf))).toEqual(['AC-01']);
    expect(ids(filterControls(accessControls, query({ search: 'CC6.2' }), asOf))).toEqual(['AC-03', 'AC-11', 'AC-13']);
    expect(ids(filterControls(accessControls, query({ search: 'éxport' }), asOf))).toEqual(['AC-03']);
  });

  it('combines category, status and framework', () => {
    const notYet = filterControls(accessControls, query({ framework: 'ISO27001', status: 'planned' }), asOf);
    expect(ids(notYet)).toEqual(['AC-10', 'AC-14']);
    const monitoring = filterControls(accessControls, query({ category: 'monitoring' }), asOf);
    expect(ids(monitoring)).toEqual(['AC-06', 'AC-07', 'AC-08']);
  });

  it('returns nothing, not everything, when nothing matches', () => {
    expect(filterControls(accessControls, query({ search: 'zzz' }), asOf)).toEqual([]);
  });
});

describe('sorting', () => {
  it('sorts ids naturally and can reverse', () => {
    const controls = [
      { ...accessControls[0]!, id: 'AC-10' },
      { ...accessControls[0]!, id: 'AC-9' },
    ];
    expect(ids(sortControls(controls, 'id', 'asc'))).toEqual(['AC-9', 'AC-10']);
    expect(ids(sortControls(controls, 'id', 'desc'))).toEqual(['AC-10', 'AC-9']);
  });

  it('sorts status by progress and dates chronologically, ties by id', () => {
    const byStatus = sortControls(accessControls, 'status', 'asc');
    expect(byStatus.map((control) => control.status).indexOf('planned')).toBeGreaterThan(
      byStatus.map((control) => control.status).lastIndexOf('partial'),
    );
    const byDate = sortControls(accessControls, 'lastReviewed', 'desc');
    expect(byDate[0]!.id).toBe('AC-06');
    expect(byDate.at(-1)!.id).toBe('AC-05');
  });

  it('does not change the input', () => {
    const before = ids(accessControls);
    sortControls(accessControls, 'title', 'desc');
    expect(ids(accessControls)).toEqual(before);
  });
});
