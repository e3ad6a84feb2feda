import { describe, expect, it } from 'vitest';
import type { AccessRequestCount, Count, DisclosureFigure, Meta } from '../../src/api/schemas';
import {
  describeControls,
  describeHeadlineFigure,
  describeLocations,
  describeUpdated,
} from '../../src/features/overview/keyFigures';
import { allMessages } from '../../src/i18n/messages/all';
import { createTranslator } from '../../src/i18n/translator';
import { headlineFinding } from '../../src/lib/headline';
import { describeHeadline } from '../../src/lib/headlineWords';
import { sampleDataset } from '../support/sample';

const en = createTranslator('en', allMessages.en);
const fr = createTranslator('fr', allMessages.fr);
const exact = (value: number): Count => ({ kind: 'exact', value });

const periods = ['2025-H1', '2025-H2'];
const row = (period: string, disclosed: DisclosureFigure, received: Count = exact(10)): AccessRequestCount => ({
  period,
  category: 'gov',
  country: 'CN',
  received,
  disclosed,
});
const context = { scope: 'US user data', categoryLabel: 'Chinese government' };
const say = (rows: AccessRequestCount[], translator = en, declared = periods) =>
  describeHeadline(headlineFinding(rows, 'gov', declared), context, translator);

describe('key figures', () => {
  it('state the sample data as the Overview and the stats widget show it', () => {
    expect(describeLocations(sampleDataset.storageLocations, en)).toEqual({
      label: 'Storage locations',
      value: '2',
      text: '1 primary, 1 backup.',
    });
    expect(describeControls(sampleDataset.accessControls, en)).toMatchObject({
      value: '9 of 14',
      text: '3 partly implemented, 2 planned.',
    });
    expect(describeUpdated(sampleDataset.meta, en)).toMatchObject({
      value: 'February 15, 2026',
      text: 'Figures as of December 31, 2025, data version 2026.2.',
    });
    const headline = describeHeadlineFigure(
      sampleDataset.accessRequests,
      sampleDataset.meta,
      sampleDataset.requestCategories,
      en,
    );
    expect(headline).toEqual({
      label: 'Disclosures: Chinese government',
      value: '0',
      text: 'Chinese government: no US user data was disclosed in any of the 6 reported periods (H1 2023 to H2 2025).',
      // In English, the data's own language, nothing is marked.
      quotes: [
        { text: 'US user data', lang: undefined },
        { text: 'Chinese government', lang: undefined },
      ],
    });
  });

  it('speak French with French numbers and dates', () => {
    expect(describeControls(sampleDataset.accessControls, fr).value).toBe('9 sur 14');
    expect(describeUpdated(sampleDataset.meta, fr).value).toBe('15 février 2026');
  });
});

describe('the headline finding', () => {
  it('calls a total a known zero only when every figure of every declared period is an exact zero', () => {
    const words = say([row('2025-H1', exact(0)), row('2025-H2', exact(0))]);
    expect(headlineFinding([row('2025-H1', exact(0)), row('2025-H2', exact(0))], 'gov', periods).kind).toBe(
      'knownZero',
    );
    expect(words.value).toBe('0');
    expect(words.title).toBe('Nothing disclosed in any period: Chinese government');
    expect(say([row('2025-H1', exact(0))], en, ['2025-H1']).text).toBe(
      'Chinese government: no US user data was disclosed in the one reported period (H1 2025).',
    );
  });

  it('never calls a suppressed total a zero, nor a disclosure', () => {
    const rows = [row('2025-H1', exact(0)), row('2025-H2', { kind: 'suppressed', lessThan: 5 })];
    expect(headlineFinding(rows, 'gov', periods).kind).toBe('possiblySome');
    const words = say(rows);
    expect(words.value).toBe('0–4');
    expect(words.title).toBe('Disclosures possible, hidden by the figures: Chinese government');
    expect(words.text).not.toMatch(/no US user data was disclosed|requests that led to a disclosure/);
    const french = say(rows, fr);
    expect(french.value).toBe('0–4');
    expect(french.text).toMatch(/masqués ou publiés par tranches/);
    expect(french.text).not.toMatch(/aucune donnée \(US user data\) n’a été communiquée/);
  });

  it('treats a band that includes 0 as possibly some, and one above 0 as some', () => {
    expect(
      headlineFinding([row('2025-H1', { kind: 'band', min: 0, max: 249 }, { kind: 'band', min: 0, max: 249 })], 'gov', [
        '2025-H1',
      ]).kind,
    ).toBe('possiblySome');
    const some = [row('2025-H1', { kind: 'band', min: 1, max: 249 }, { kind: 'band', min: 1, max: 249 })];
    expect(headlineFinding(some, 'gov', ['2025-H1']).kind).toBe('someDisclosed');
    expect(say(some, en, ['2025-H1']).text).toBe(
      'Chinese government: the number of requests that led to a disclosure of US user data is 1–249 (H1 2025 to H1 2025).',
    );
  });

  it('says a total is incomplete when a figure or a declared period is not reported', () => {
    const notReported = [row('2025-H1', exact(0)), row('2025-H2', { kind: 'notReported' })];
    expect(headlineFinding(notReported, 'gov', periods).kind).toBe('incomplete');
    expect(say(notReported).value).toBe('at least 0');
    expect(say(notReported).text).toMatch(/not every period is fully reported \(H2 2025\), so this is not a zero/);
    const missing = [row('2025-H1', exact(0))];
    expect(headlineFinding(missing, 'gov', periods).kind).toBe('incomplete');
    expect(say(missing, fr).text).toMatch(/certaines périodes ne sont pas entièrement publiées \(S2 2025\)/);
  });

  it('never states an exact figure over periods of which one has no figures at all', () => {
    const missing = [row('2025-H1', exact(0))];
    expect(say(missing)).toMatchObject({ value: 'at least 0', received: 'at least 10' });
    const someMissing = [row('2025-H1', exact(3))];
    expect(headlineFinding(someMissing, 'gov', periods).kind).toBe('someDisclosed');
    expect(say(someMissing).value).toBe('at least 3');
    // Every declared period has its figures: the sum is exact.
    expect(say([row('2025-H1', exact(3)), row('2025-H2', exact(0))]).value).toBe('3');
    // A share over the periods with figures is not the whole's share.
    const shares = [row('2025-H1', { kind: 'share', percent: 50 })];
    expect(say(shares).value).toBe('not reported');
    expect(say(shares).text).toBe(
      'Chinese government: some US user data was disclosed (H1 2025 to H1 2025), but not every period is fully reported (H2 2025), so the share of requests it was disclosed for is not known.',
    );
    // A share not reported among shares, in a period that has figures, is said the same way.
    const shareNotReported = [row('2025-H1', { kind: 'share', percent: 50 }), row('2025-H2', { kind: 'notReported' })];
    expect(say(shareNotReported).text).toMatch(/, but not every period is fully reported \(H2 2025\), so the share/);
    // No figure in any period is no data, not a figure not reported.
    expect(headlineFinding([], 'gov', periods).kind).toBe('noData');
  });

  it('names, beside the periods not reported, those whose suppressed or banded figures may hide disclosures', () => {
    const rows = [
      row('2025-H1', exact(0)),
      row('2025-H1', { kind: 'suppressed', lessThan: 5 }),
      row('2025-H2', { kind: 'band', min: 0, max: 249 }, { kind: 'band', min: 0, max: 249 }),
      row('2026-H1', { kind: 'notReported' }),
    ];
    const finding = headlineFinding(rows, 'gov', [...periods, '2026-H1']);
    expect(finding.kind).toBe('incomplete');
    expect(finding.hiddenPeriods).toEqual(['2025-H1', '2025-H2']);
    const words = say(rows, en, [...periods, '2026-H1']);
    expect(words.value).toBe('at least 0');
    expect(words.text).toBe(
      'Chinese government: no disclosure of US user data is certain in the published figures, but those for H1 2025 and H2 2025 are suppressed or banded and may hide some, and not every period is fully reported (H1 2026), so this is not a zero.',
    );
    expect(say(rows, fr, [...periods, '2026-H1']).text).toMatch(
      /ceux de S1 2025 et S2 2025 sont masqués ou publiés par tranches .* \(S1 2026\)/,
    );
  });

  it('says some data was disclosed as soon as one figure is above zero, even when others are hidden', () => {
    const rows = [row('2025-H1', exact(3)), row('2025-H2', { kind: 'notReported' })];
    expect(headlineFinding(rows, 'gov', periods).kind).toBe('someDisclosed');
    expect(say(rows).value).toBe('at least 3');
    // The count is a figure, not a noun's number: "at least 1", never "at least 1 requests".
    expect(say([row('2025-H1', exact(1)), row('2025-H2', { kind: 'notReported' })]).text).toBe(
      'Chinese government: the number of requests that led to a disclosure of US user data is at least 1 (H1 2025 to H2 2025).',
    );
  });

  it('states a share as a share, weighted by the requests', () => {
    const rows = [
      row('2025-H1', { kind: 'share', percent: 50 }, exact(30)),
      row('2025-H2', { kind: 'share', percent: 10 }, exact(10)),
    ];
    const finding = headlineFinding(rows, 'gov', periods);
    expect(finding).toMatchObject({ kind: 'someDisclosed', asShare: true });
    expect(say(rows).value).toBe('40% of requests');
    expect(say(rows).text).toBe(
      'Chinese government: some US user data was disclosed for 40% of requests (H1 2025 to H2 2025).',
    );
    expect(say(rows, fr).value).toMatch(/^40\s% des demandes$/);
    const zeroShare = [row('2025-H1', { kind: 'share', percent: 0 }), row('2025-H2', { kind: 'share', percent: 0 })];
    expect(headlineFinding(zeroShare, 'gov', periods).kind).toBe('knownZero');
    const band = [
      row('2025-H1', { kind: 'shareBand', minPercent: 0, maxPercent: 25 }),
      row('2025-H2', { kind: 'share', percent: 0 }),
    ];
    expect(headlineFinding(band, 'gov', periods).kind).toBe('possiblySome');
  });

  it('has no figures to state for a category without rows', () => {
    const meta: Meta = { ...sampleDataset.meta, headlineCategory: 'nobody' };
    const figure = describeHeadlineFigure(sampleDataset.accessRequests, meta, sampleDataset.requestCategories, en);
    expect(figure).toMatchObject({ label: 'Disclosures: nobody', value: 'no data' });
    expect(figure.text).toBe('nobody: the data has no figures for this category.');
  });
});
