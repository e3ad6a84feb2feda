import { describe, expect, it } from 'vitest';
import type { Count, DisclosureFigure } from '../../src/api/schemas';
import { barLabel } from '../../src/features/requests/barLabel';
import {
  axisTicks,
  barExtent,
  barFromDisclosures,
  barFromRate,
  barFromTotal,
  niceUpperBound,
} from '../../src/features/requests/chartData';
import { barCells, rateCsv, receivedDisclosedCsv } from '../../src/features/requests/requestsCsv';
import { parseRequestView, writeRequestView } from '../../src/features/requests/requestFilters';
import { allMessages } from '../../src/i18n/messages/all';
import { createTranslator } from '../../src/i18n/translator';
import { sumCounts } from '../../src/lib/counts';
import { disclosureShare, sumRows } from '../../src/lib/disclosures';

const i18n = createTranslator('en', allMessages.en);
const bar = (...counts: Count[]) => barFromTotal(sumCounts(counts));
const exact = (value: number): Count => ({ kind: 'exact', value });

describe('chart bars', () => {
  it('draws each kind of total in its own way and labels it', () => {
    expect(bar(exact(0))).toMatchObject({ kind: 'exact', min: 0, max: 0 });
    expect(barLabel(bar(exact(0)), i18n, 'short')).toBe('0');
    expect(barLabel(bar({ kind: 'suppressed', lessThan: 5 }), i18n, 'short')).toBe('<5');
    expect(barLabel(bar({ kind: 'suppressed', lessThan: 5 }), i18n, 'long')).toBe('fewer than 5');
    expect(barLabel(bar({ kind: 'band', min: 0, max: 249 }), i18n, 'short')).toBe('0–249');
    expect(barLabel(bar(exact(10), { kind: 'notReported' }), i18n, 'short')).toBe('≥10');
    expect(barLabel(bar({ kind: 'notReported' }), i18n, 'long')).toBe('not reported');
    expect(barLabel(bar(), i18n, 'long')).toBe('no data');
  });

  it('gives recharts the extent of the bar, to the upper bound when there is one', () => {
    expect(barExtent(bar(exact(7)))).toEqual([0, 7]);
    expect(barExtent(bar(exact(10), { kind: 'band', min: 0, max: 249 }))).toEqual([0, 259]);
    expect(barExtent(bar(exact(10), { kind: 'notReported' }))).toEqual([0, 10]);
    expect(barExtent(bar({ kind: 'notReported' }))).toEqual([0, 0]);
  });

  it('shows rates in percent, and says when one cannot be computed', () => {
    const rate = (...rows: [Count, DisclosureFigure][]) =>
      barFromRate(disclosureShare(sumRows(rows.map(([received, disclosed]) => ({ received, disclosed })))));
    expect(barLabel(rate([exact(8), exact(2)]), i18n, 'long', 'percent')).toBe('25%');
    expect(barLabel(rate([exact(8), exact(2)], [{ kind: 'notReported' }, exact(0)]), i18n, 'long', 'percent')).toBe(
      'cannot be computed',
    );
    expect(barLabel(rate([exact(0), exact(0)]), i18n, 'long', 'percent')).toBe('no requests');
    // A range: on the chart with one percent sign, to fit above or inside a bar.
    const ranged = rate([exact(10), exact(5)], [{ kind: 'suppressed', lessThan: 5 }, exact(0)]);
    expect(barLabel(ranged, i18n, 'short', 'percent')).toBe('35.7–50%');
    expect(barLabel(ranged, i18n, 'long', 'percent')).toBe('35.7%–50%');
  });

  it('states disclosures published as shares as shares, never as counts', () => {
    const cell = sumRows([
      { received: exact(200), disclosed: { kind: 'share', percent: 50 } },
      { received: exact(100), disclosed: { kind: 'share', percent: 20 } },
    ]);
    const bar = barFromDisclosures(cell);
    // (100 + 20) of 300 requests: the shares weighted by their requests.
    expect(bar).toMatchObject({ kind: 'share', min: 40, max: 40 });
    expect(barLabel(bar, i18n, 'short')).toBe('40%');
    expect(barLabel(bar, i18n, 'long')).toBe('40% of requests');
    expect(barExtent(bar)).toEqual([0, 0]);
    const banded = barFromDisclosures(
      sumRows([
        {
          received: { kind: 'band', min: 0, max: 100 },
          disclosed: { kind: 'shareBand', minPercent: 10, maxPercent: 30 },
        },
      ]),
    );
    expect(barLabel(banded, i18n, 'long')).toBe('10% – 30% of requests');
  });

  it('rounds the axis up to a readable number with room for labels', () => {
    expect(niceUpperBound(249)).toBe(500);
    expect(niceUpperBound(4)).toBe(5);
    expect(niceUpperBound(212)).toBe(250);
    expect(niceUpperBound(0)).toBe(1);
    expect(niceUpperBound(1840)).toBe(2500);
    expect(niceUpperBound(2)).toBe(3);
  });

  it('puts whole-number ticks at round steps', () => {
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(250)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(axisTicks(2000)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(axisTicks(500)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(axisTicks(1)).toEqual([0, 1]);
  });
});

describe('requests CSV', () => {
  it('writes kind, minimum and maximum, leaving unknown bounds empty rather than 0', () => {
    expect(barCells(bar(exact(0)))).toEqual(['exact', 0, 0]);
    expect(barCells(bar({ kind: 'suppressed', lessThan: 5 }))).toEqual(['range', 0, 4]);
    expect(barCells(bar(exact(3), { kind: 'notReported' }))).toEqual(['at_least', 3, null]);
    expect(barCells(bar({ kind: 'notReported' }))).toEqual(['not_reported', null, null]);
    const csv = receivedDisclosedCsv(
      ['period'],
      [{ keys: ['2025-H1'], received: bar(exact(4)), disclosed: bar(exact(0)) }],
    );
    expect(csv).toBe(
      'period,received_kind,received_min,received_max,disclosed_kind,disclosed_min,disclosed_max\r\n2025-H1,exact,4,4,exact,0,0\r\n',
    );
    expect(rateCsv([{ period: '2025-H1', rate: barFromRate({ kind: 'unknown' }) }])).toContain(
      '2025-H1,not_reported,,',
    );
  });
});

describe('requests view in the URL', () => {
  it('round-trips and drops invalid values', () => {
    const params = new URLSearchParams(
      'from=2024-H1&to=2025-H2&category=chineseGovernment&type=legal&category=bad%20id&country=CN&period=2025-H1&lang=fr',
    );
    const view = parseRequestView(params);
    expect(view).toEqual({
      from: '2024-H1',
      to: '2025-H2',
      categories: ['chineseGovernment', 'legal'],
      country: 'CN',
      period: '2025-H1',
    });
    const written = writeRequestView(new URLSearchParams('lang=fr'), view);
    expect(parseRequestView(written)).toEqual(view);
    expect(written.get('lang')).toBe('fr');
    expect(parseRequestView(new URLSearchParams('from=yesterday&country=china')).from).toBeNull();
  });
});
