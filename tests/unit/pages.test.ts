import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/lib/pages';

const items = Array.from({ length: 250 }, (_, index) => index + 1);

describe('pages of a list', () => {
  it('gives a page and where it sits, counted from 1', () => {
    expect(pageOf(items, 2, 100)).toMatchObject({ page: 2, pageCount: 3, first: 101, last: 200, total: 250 });
    expect(pageOf(items, 3, 100).rows).toEqual(items.slice(200));
  });

  it('gives the nearest page for one past either end', () => {
    expect(pageOf(items, 9, 100)).toMatchObject({ page: 3, first: 201, last: 250 });
    expect(pageOf(items, 0, 100)).toMatchObject({ page: 1, first: 1, last: 100 });
  });

  it('has one empty page for an empty list', () => {
    expect(pageOf([], 4, 100)).toEqual({ rows: [], page: 1, pageCount: 1, first: 0, last: 0, total: 0 });
  });
});
