import { describe, expect, it } from 'vitest';
import type { Count } from '../../src/api/schemas';
import { countBounds, isKnownZero, sumCounts, summarizeTotal } from '../../src/lib/counts';

const exact = (value: number): Count => ({ kind: 'exact', value });
const suppressed: Count = { kind: 'suppressed', lessThan: 5 };
const band: Count = { kind: 'band', min: 0, max: 249 };
const notReported: Count = { kind: 'notReported' };

describe('counts', () => {
  it('gives each kind of count its interval', () => {
    expect(countBounds(exact(0))).toEqual({ min: 0, max: 0 });
    expect(countBounds(suppressed)).toEqual({ min: 0, max: 4 });
    expect(countBounds(band)).toEqual({ min: 0, max: 249 });
    expect(countBounds(notReported)).toEqual({ min: 0, max: null });
  });

  it('sums exact counts exactly, keeping a real zero a zero', () => {
    expect(summarizeTotal(sumCounts([exact(0), exact(0)]))).toEqual({ kind: 'exact', value: 0 });
    expect(summarizeTotal(sumCounts([exact(3), exact(4)]))).toEqual({ kind: 'exact', value: 7 });
    expect(isKnownZero(sumCounts([exact(0), exact(0)]))).toBe(true);
  });

  it('turns suppressed and banded parts into a range, never a single number', () => {
    expect(summarizeTotal(sumCounts([exact(10), suppressed]))).toEqual({ kind: 'range', min: 10, max: 14 });
    expect(summarizeTotal(sumCounts([exact(10), band]))).toEqual({ kind: 'range', min: 10, max: 259 });
    expect(isKnownZero(sumCounts([exact(0), suppressed]))).toBe(false);
  });

  it('says "at least" when a part is not reported, and never counts it as zero', () => {
    expect(summarizeTotal(sumCounts([exact(10), notReported]))).toEqual({ kind: 'atLeast', min: 10 });
    expect(isKnownZero(sumCounts([exact(0), notReported]))).toBe(false);
    expect(summarizeTotal(sumCounts([notReported, notReported]))).toEqual({ kind: 'notReported' });
  });

  it('distinguishes no data from zero', () => {
    expect(summarizeTotal(sumCounts([]))).toEqual({ kind: 'noData' });
    expect(isKnownZero(sumCounts([]))).toBe(false);
  });

  it('counts the parts of each kind', () => {
    const total = sumCounts([exact(1), suppressed, band, notReported, exact(2)]);
    expect(total).toMatchObject({ parts: 5, exactParts: 2, suppressedParts: 1, bandParts: 1, notReportedParts: 1 });
  });
});
