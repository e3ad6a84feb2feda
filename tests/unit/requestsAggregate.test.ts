import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessRequestCount, Count, DisclosureFigure } from '../../src/api/schemas';
import {
  filterRequests,
  panelsByCategory,
  sumCells,
  totalsByCountry,
  totalsByPeriod,
  totalsByPeriodAndCategory,
} from '../../src/features/requests/aggregate';
import { countBounds, isKnownZero, sumCounts, summarizeTotal } from '../../src/lib/counts';
import {
  addRowInPlace,
  copyCell,
  disclosureShare,
  emptyCell,
  mergeCells,
  sumRows,
  type ReceivedAndDisclosed,
} from '../../src/lib/disclosures';
import { manyRequests, sampleCategoryIds } from '../support/fixtures';
import { sampleDataset } from '../support/sample';

const { accessRequests } = sampleDataset;

// A fixed seed keeps CI deterministic; change it locally to explore new cases.
fc.configureGlobal({ seed: 20_261_128, numRuns: 500 });

const types = sampleCategoryIds;
const exact = (value: number): Count => ({ kind: 'exact', value });

const countArbitrary: fc.Arbitrary<Count> = fc.oneof(
  fc.nat(10_000).map(exact),
  fc.integer({ min: 2, max: 20 }).map((lessThan) => ({ kind: 'suppressed' as const, lessThan })),
  fc
    .tuple(fc.nat(500), fc.nat(500))
    .map(([a, b]) => ({ kind: 'band' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.constant<Count>({ kind: 'notReported' }),
);

describe('totals across the four kinds of count (properties)', () => {
  it('never lose an "at least": a not-reported part leaves the total unbounded', () => {
    fc.assert(
      fc.property(fc.array(countArbitrary), (counts) => {
        const total = sumCounts(counts);
        const anyNotReported = counts.some((count) => count.kind === 'notReported');
        expect(total.max === null).toBe(anyNotReported);
        const summary = summarizeTotal(total);
        if (anyNotReported) expect(['atLeast', 'notReported']).toContain(summary.kind);
      }),
    );
  });

  it('never count "not reported" as zero, nor call a total exact unless every part is', () => {
    fc.assert(
      fc.property(fc.array(countArbitrary, { minLength: 1 }), (counts) => {
        const total = sumCounts(counts);
        const summary = summarizeTotal(total);
        const allExact = counts.every((count) => count.kind === 'exact');
        if (summary.kind === 'exact') {
          expect(
            counts.every((count) => count.kind === 'exact' || (count.kind === 'band' && count.min === count.max)),
          ).toBe(true);
        }
        if (isKnownZero(total)) expect(allExact).toBe(true);
      }),
    );
  });

  it('keep the true sum within the bounds, whatever the hidden values were', () => {
    fc.assert(
      fc.property(
        fc.array(countArbitrary),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (counts, picks) => {
          const truth = counts.reduce((sum, count) => {
            const { min, max } = countBounds(count);
            const upper = max ?? min + 1_000;
            return sum + Math.round(min + picks.next().value * (upper - min));
          }, 0);
          const total = sumCounts(counts);
          expect(truth).toBeGreaterThanOrEqual(total.min);
          if (total.max !== null) expect(truth).toBeLessThanOrEqual(total.max);
        },
      ),
    );
  });
});

const figureArbitrary: fc.Arbitrary<DisclosureFigure> = fc.oneof(
  countArbitrary,
  fc.integer({ min: 0, max: 100 }).map((percent) => ({ kind: 'share' as const, percent })),
  fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => ({ kind: 'shareBand' as const, minPercent: Math.min(a, b), maxPercent: Math.max(a, b) })),
);

/** A true value a figure allows, picked with `pick` in 0–1; unbounded figures reach up to `cap`. */
function truthOf(bounds: { min: number; max: number | null }, pick: number, cap: number) {
  const upper = bounds.max ?? bounds.min + cap;
  return Math.round(bounds.min + pick * (upper - bounds.min));
}

describe('the share of requests that led to a disclosure (properties)', () => {
  it('always contains the true share, whatever the hidden values were, with counts and shares mixed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(countArbitrary, figureArbitrary), { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (pairs, picks) => {
          let requests = 0;
          let disclosures = 0;
          const rows: { received: Count; disclosed: DisclosureFigure }[] = [];
          for (const [received, disclosed] of pairs) {
            const trueReceived = truthOf(countBounds(received), picks.next().value, 1_000);
            let trueDisclosed: number;
            if (disclosed.kind === 'share' || disclosed.kind === 'shareBand') {
              const low = disclosed.kind === 'share' ? disclosed.percent : disclosed.minPercent;
              const high = disclosed.kind === 'share' ? disclosed.percent : disclosed.maxPercent;
              // A published share is a share of at least one request, unless it is 0.
              if (trueReceived === 0 && high > 0) return;
              trueDisclosed = (trueReceived * (low + picks.next().value * (high - low))) / 100;
            } else {
              trueDisclosed = Math.min(trueReceived, truthOf(countBounds(disclosed), picks.next().value, 1_000));
              const bounds = countBounds(disclosed);
              if (trueDisclosed < bounds.min) return; // these figures contradict each other: the checker refuses them
            }
            requests += trueReceived;
            disclosures += trueDisclosed;
            rows.push({ received, disclosed });
          }
          const share = disclosureShare(sumRows(rows));
          if (requests === 0) return;
          const truth = disclosures / requests;
          if (share.kind === 'exact') expect(Math.abs(share.value - truth)).toBeLessThan(1e-9);
          if (share.kind === 'range') {
            expect(truth).toBeGreaterThanOrEqual(share.min - 1e-9);
            expect(truth).toBeLessThanOrEqual(share.max + 1e-9);
          }
          expect(share.kind).not.toBe('noRequests');
        },
      ),
    );
  });
});

const toMillionths = (cell: ReceivedAndDisclosed): unknown =>
  JSON.parse(
    JSON.stringify(cell, (_, value: unknown) => (typeof value === 'number' ? Math.round(value * 1e6) : value)),
  );

describe('summing rows in place (properties)', () => {
  it('gives what merging them one by one gives, and what merging the sums of two halves gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(countArbitrary, figureArbitrary, fc.option(countArbitrary, { nil: undefined })), {
          maxLength: 12,
        }),
        fc.nat(12),
        (triples, cut) => {
          const rows = triples.map(([received, disclosed, accountsSpecified]) => ({
            received,
            disclosed,
            accountsSpecified,
          }));
          const oneByOne = rows.reduce((cell, row) => mergeCells(cell, sumRows([row])), emptyCell);
          expect(sumRows(rows)).toEqual(oneByOne);
          // Added in another order, shares weighted by requests may differ in the last bit.
          expect(toMillionths(mergeCells(sumRows(rows.slice(0, cut)), sumRows(rows.slice(cut))))).toEqual(
            toMillionths(oneByOne),
          );
        },
      ),
    );
  });

  it('leaves the cell it copied, and the empty cell, as they were', () => {
    const before = structuredClone(emptyCell);
    const first = sumRows([{ received: exact(10), disclosed: exact(4) }]);
    const firstAsItWas = structuredClone(first);
    const copy = copyCell(first);
    addRowInPlace(copy, { received: { kind: 'notReported' }, disclosed: { kind: 'share', percent: 50 } });
    addRowInPlace(copy, { received: exact(3), disclosed: exact(1) });
    expect(emptyCell).toEqual(before);
    expect(first).toEqual(firstAsItWas);
    expect(copy.received.parts).toBe(3);
  });
});

describe('request aggregation', () => {
  it('filters by period range, category and country', () => {
    const rows = filterRequests(accessRequests, {
      from: '2024-H1',
      to: '2024-H2',
      categories: ['foreignGovernment'],
      country: 'DE',
    });
    expect(rows.map((row) => row.period)).toEqual(['2024-H1', '2024-H2']);
    expect(filterRequests(accessRequests, { from: null, to: null, categories: [], country: null })).toHaveLength(
      accessRequests.length,
    );
  });

  it('decides each period against the bounds of its own call', () => {
    const periods = (from: string | null, to: string | null) => [
      ...new Set(filterRequests(accessRequests, { from, to, categories: [], country: null }).map((row) => row.period)),
    ];
    expect(periods('2025-H1', null)).toEqual(['2025-H1', '2025-H2']);
    expect(periods(null, '2023-H2')).toEqual(['2023-H1', '2023-H2']);
    expect(periods('2024-H2', '2024-H2')).toEqual(['2024-H2']);
  });

  it('gives the Chinese government an exact zero disclosed in every period', () => {
    const totals = totalsByPeriodAndCategory(accessRequests, types);
    expect(totals.periods).toHaveLength(6);
    for (const period of totals.periods) {
      const cell = totals.cell(period, 'chineseGovernment');
      expect(summarizeTotal(cell.disclosed.counts)).toEqual({ kind: 'exact', value: 0 });
    }
  });

  it('reports US national-security figures as a band, never a number', () => {
    const totals = totalsByPeriodAndCategory(accessRequests, types);
    expect(summarizeTotal(totals.cell('2025-H2', 'usNationalSecurity').received)).toEqual({
      kind: 'range',
      min: 0,
      max: 249,
    });
  });

  it('gives each category a panel whose total equals the sum of its rows', () => {
    const panels = panelsByCategory(totalsByPeriodAndCategory(accessRequests, types));
    expect(panels.map((panel) => panel.category)).toEqual(types);
    for (const panel of panels) {
      const own = accessRequests.filter((row) => row.category === panel.category);
      expect(panel.total.received).toEqual(sumCounts(own.map((row) => row.received)));
      expect(panel.total.disclosed.counts).toEqual(sumCounts(own.map((row) => row.disclosed as Count)));
      expect(panel.periods).toHaveLength(6);
    }
    expect(sumCells(panels.map((panel) => panel.total)).received).toEqual(
      sumCounts(accessRequests.map((row) => row.received)),
    );
  });

  it('sums each period over every category of its rows, one the package does not list included', () => {
    const unlisted = { ...accessRequests[0]!, category: 'notInThePackage', received: exact(1_000) };
    const rows = [...accessRequests, unlisted];
    const totals = totalsByPeriodAndCategory(rows, types);
    expect(totals.categories).toEqual(types);
    for (const { period, totals: sum } of totalsByPeriod(totals)) {
      expect(toMillionths(sum)).toEqual(toMillionths(sumRows(rows.filter((row) => row.period === period))));
    }
  });

  it('turns a period total with a not-reported part into "at least"', () => {
    const first = totalsByPeriod(totalsByPeriodAndCategory(accessRequests, types))[0]!;
    expect(first.period).toBe('2023-H1');
    expect(summarizeTotal(first.totals.received).kind).toBe('atLeast');
    const last = totalsByPeriod(totalsByPeriodAndCategory(accessRequests, types)).at(-1)!;
    expect(summarizeTotal(last.totals.received).kind).toBe('range');
  });

  it('keeps the top countries and folds the rest into "others" without losing a part', () => {
    const countries = totalsByCountry(accessRequests, '2025-H2', 5);
    expect(countries).toHaveLength(6);
    expect(countries[0]!.country).toBe('US');
    const others = countries.at(-1)!;
    expect(others.country).toBeNull();
    expect(others.countries.length).toBe(new Set(accessRequests.map((row) => row.country)).size - 5);
    const partsShown = countries.reduce((sum, item) => sum + item.totals.received.parts, 0);
    expect(partsShown).toBe(accessRequests.filter((row) => row.period === '2025-H2').length);
  });

  it('does not make an "others" bucket of one country', () => {
    expect(totalsByCountry(accessRequests, '2025-H2', 12).every((item) => item.country !== null)).toBe(true);
  });

  it('computes the disclosure rate, as a range or not at all when figures are hidden', () => {
    const row = (received: Count, disclosed: DisclosureFigure) => ({ received, disclosed });
    expect(disclosureShare(sumRows([row(exact(10), exact(4))]))).toEqual({ kind: 'exact', value: 0.4 });
    expect(disclosureShare(sumRows([row(exact(10), exact(0))]))).toEqual({ kind: 'exact', value: 0 });
    expect(disclosureShare(sumRows([row(exact(0), exact(0))]))).toEqual({ kind: 'noRequests' });
    expect(
      disclosureShare(sumRows([row(exact(10), exact(1)), row({ kind: 'notReported' }, { kind: 'notReported' })])),
    ).toEqual({ kind: 'unknown' });
    // 10 requests with 5 disclosed, and fewer than 5 with none: between 5/14 and 5/10.
    const ranged = disclosureShare(
      sumRows([row(exact(10), exact(5)), row({ kind: 'suppressed', lessThan: 5 }, exact(0))]),
    );
    expect(ranged).toEqual({ kind: 'range', min: 5 / 14, max: 0.5 });
  });

  it('gives no wider a rate than the figures allow, no row disclosing more than it received', () => {
    const row = (received: Count, disclosed: DisclosureFigure) => ({ received, disclosed });
    const fewerThan5: Count = { kind: 'suppressed', lessThan: 5 };
    // Nothing disclosed, of fewer than 5 requests: the rate is 0, not "0 %–100 %".
    expect(disclosureShare(sumRows([row(fewerThan5, exact(0))]))).toEqual({ kind: 'exact', value: 0 });
    // 1,000 requests with 500 disclosed, and 0–249 with 0–249 disclosed: at most 749 of 1,249, not 749 of 1,000.
    const band: Count = { kind: 'band', min: 0, max: 249 };
    expect(disclosureShare(sumRows([row(exact(1000), exact(500)), row(band, band)]))).toEqual({
      kind: 'range',
      min: 500 / 1249,
      max: 749 / 1249,
    });
  });

  it('aggregates 24,000 rows (200 countries × 20 periods × 6 categories)', () => {
    const rows: AccessRequestCount[] = manyRequests(200, 20, 6);
    expect(rows).toHaveLength(24_000);
    const totals = totalsByPeriodAndCategory(rows, types);
    expect(totals.periods).toHaveLength(20);
    expect(totals.categories).toHaveLength(6);
    expect(totalsByCountry(rows, totals.periods[0]!, 10)).toHaveLength(11);
  });
});
