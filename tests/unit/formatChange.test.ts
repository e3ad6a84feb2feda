import { describe, expect, it } from 'vitest';
import { translateLikeToday } from '../../src/api/dataTranslations';
import type { Dataset } from '../../src/api/resources';
import type { TranslationFile } from '../../src/api/schemas';
import type { Change, ChangeValue } from '../../src/api/versionChanges';
import {
  fieldLabel,
  formatChangeValue,
  itemLabel,
  itemLabelParts,
  showsDataText,
  shownValue,
} from '../../src/features/changes/formatChange';
import { allMessages } from '../../src/i18n/messages/all';
import { createTranslator } from '../../src/i18n/translator';
import { sampleDataset } from '../support/sample';

const en = createTranslator('en', allMessages.en);
const frenchTitle: TranslationFile = { 'access-controls': { 'AC-01': { title: 'Comptes nominatifs' } } };
const fr = createTranslator('fr', allMessages.fr);
const zh = createTranslator('zh-Hans', allMessages['zh-Hans']);

/** Both sides of a change are formatted alike; this is one side, of a field of a resource. */
const format = (value: ChangeValue, resource: Change['resource'] = 'accessControls', field?: string, translator = en) =>
  formatChangeValue(value, { resource, field }, translator);

/** Spaces as Intl writes them (French uses narrow no-break spaces), made plain to compare. */
const plainSpaces = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('the name of a changed field', () => {
  it('is the reader’s word for a field the page knows', () => {
    expect(fieldLabel('status', en)).toBe('Status');
    expect(fieldLabel('status', fr)).toBe('Statut');
    expect(fieldLabel('encryption.atRest', en)).toBe('Encryption at rest');
  });

  it('says the severity and state of a count of findings', () => {
    expect(fieldLabel('findings.high.open', en)).toBe('Findings: High, open');
    expect(fieldLabel('findings.critical.closed', en)).toBe('Findings: Critical, closed');
    expect(plainSpaces(fieldLabel('findings.high.open', fr))).toBe('Constats : élevés, ouverts');
  });

  it('is the contract’s own name for a field the page has no word for', () => {
    expect(fieldLabel('retentionDays', en)).toBe('retentionDays');
    expect(fieldLabel('retentionDays', fr)).toBe('retentionDays');
  });
});

describe('a value before or after a change', () => {
  it('is the reader’s word for a value of the contract’s vocabulary', () => {
    const partial: ChangeValue = { type: 'text', text: 'partial' };
    expect(format(partial, 'accessControls', 'status')).toBe('Partly implemented');
    expect(format(partial, 'accessControls', 'status', fr)).toBe('En partie en place');
    // A word this page does not know is shown as it is.
    expect(format({ type: 'text', text: 'retired' }, 'accessControls', 'status')).toBe('retired');
  });

  it('is free text as written, where the field has no vocabulary', () => {
    expect(format({ type: 'text', text: 'partial' }, 'accessControls', 'description')).toBe('partial');
  });

  it('is the name of the period, for a period added or removed', () => {
    expect(format({ type: 'text', text: '2025-H2' }, 'periods')).toBe('H2 2025');
    expect(format({ type: 'text', text: '2025-H2' }, 'periods', undefined, fr)).toBe('S2 2025');
  });

  it('is a date and a number as the reader’s language writes them', () => {
    expect(format({ type: 'date', date: '2026-02-15' }, 'accessControls', 'lastReviewed')).toBe('Feb 15, 2026');
    expect(format({ type: 'date', date: '2026-02-15' }, 'accessControls', 'lastReviewed', fr)).toBe('15 févr. 2026');
    expect(format({ type: 'number', value: 1234.5 }, 'auditStatistics', 'medianApprovalHours')).toBe('1,234.5');
    expect(plainSpaces(format({ type: 'number', value: 1234.5 }, 'auditStatistics', 'medianApprovalHours', fr))).toBe(
      '1 234,5',
    );
  });

  it('is a published figure in words: exact, suppressed, a band or not reported', () => {
    const figure = (value: Extract<ChangeValue, { type: 'figure' }>['figure']): ChangeValue => ({
      type: 'figure',
      figure: value,
    });
    expect(format(figure({ kind: 'exact', value: 1840 }), 'accessRequests', 'received')).toBe('1,840');
    expect(format(figure({ kind: 'suppressed', lessThan: 5 }), 'accessRequests', 'received')).toBe('fewer than 5');
    expect(format(figure({ kind: 'suppressed', lessThan: 5 }), 'accessRequests', 'received', fr)).toBe('moins de 5');
    expect(format(figure({ kind: 'band', min: 0, max: 249 }), 'accessRequests', 'received')).toBe('0–249');
    expect(format(figure({ kind: 'notReported' }), 'accessRequests', 'disclosed')).toBe('not reported');
  });

  it('is a share of the requests as a percentage', () => {
    const share: ChangeValue = { type: 'figure', figure: { kind: 'share', percent: 12.5 } };
    const band: ChangeValue = { type: 'figure', figure: { kind: 'shareBand', minPercent: 10, maxPercent: 20 } };
    expect(format(share, 'accessRequests', 'disclosed')).toBe('12.5% of requests');
    expect(plainSpaces(format(share, 'accessRequests', 'disclosed', fr))).toBe('12,5 % des demandes');
    expect(format(band, 'accessRequests', 'disclosed')).toBe('10%–20% of requests');
  });

  it('is a list as its items, in the reader’s list style, and nothing where the item or field is not in that version', () => {
    const places: ChangeValue = { type: 'list', items: ['EU', 'US'] };
    expect(format(places, 'storageLocations', 'certifications')).toBe('EU, US');
    expect(format(places, 'storageLocations', 'certifications', zh)).toBe('EU、US');
    expect(format({ type: 'absent' }, 'accessControls', 'status')).toBeNull();
  });

  it('names each framework of a mapping as the access controls page does, keeping its reference', () => {
    const mappings: ChangeValue = { type: 'list', items: ['ISO27001 A.8.24', 'SOC2 CC6.1', 'Other 1.2'] };
    expect(format(mappings, 'accessControls', 'frameworks')).toBe('ISO/IEC 27001 A.8.24, SOC 2 CC6.1, Other 1.2');
    expect(format(mappings, 'accessControls', 'frameworks', fr)).toMatch(/^ISO\/CEI 27001 A\.8\.24, SOC 2 CC6\.1/);
  });

  it('is a country’s name, coordinates in the reader’s numbers, and yes or no in words', () => {
    expect(format({ type: 'text', text: 'SG' }, 'storageLocations', 'countryCode')).toBe('Singapore');
    expect(format({ type: 'text', text: 'SG' }, 'storageLocations', 'countryCode', fr)).toBe('Singapour');
    const coordinates: ChangeValue = { type: 'coordinates', lat: 38.9517, lon: -77.4481 };
    expect(format(coordinates, 'storageLocations', 'coordinates')).toBe('38.9517, -77.4481');
    expect(plainSpaces(format(coordinates, 'storageLocations', 'coordinates', fr))).toBe('38,9517 ; -77,4481');
    expect(format({ type: 'text', text: 'true' }, 'meta', 'sample.isSample')).toBe('Yes');
    expect(format({ type: 'text', text: 'false' }, 'meta', 'sample.isSample', fr)).toBe('Non');
  });
});

describe('which values are the data’s own text, to be marked with its language on other pages', () => {
  it('is free text and lists, not the page’s words, periods, dates, numbers or figures', () => {
    const text = (value: string): ChangeValue => ({ type: 'text', text: value });
    expect(showsDataText(text('Named accounts'), { resource: 'accessControls', field: 'title' })).toBe(true);
    expect(showsDataText({ type: 'list', items: ['a'] }, { resource: 'storageLocations', field: 'x' })).toBe(true);
    expect(showsDataText(text('partial'), { resource: 'accessControls', field: 'status' })).toBe(false);
    expect(showsDataText(text('2025-H2'), { resource: 'periods' })).toBe(false);
    expect(showsDataText({ type: 'number', value: 3 }, { resource: 'auditStatistics', field: 'n' })).toBe(false);
    expect(showsDataText({ type: 'date', date: '2026-01-01' }, { resource: 'accessControls', field: 'd' })).toBe(false);
    expect(showsDataText(text('SG'), { resource: 'storageLocations', field: 'countryCode' })).toBe(false);
    expect(
      showsDataText({ type: 'list', items: ['SOC2 CC6.1'] }, { resource: 'accessControls', field: 'frameworks' }),
    ).toBe(false);
  });
});

describe('the item a change is about', () => {
  const datasets = { older: sampleDataset, newer: sampleDataset };
  const change = (resource: Change['resource'], itemParts: Record<string, string>): Change => ({
    resource,
    kind: 'changed',
    item: Object.values(itemParts).join(' · '),
    itemParts,
    before: { type: 'absent' },
    after: { type: 'absent' },
  });

  it('is a control’s id and title', () => {
    expect(itemLabel(change('accessControls', { id: 'AC-09' }), datasets, en)).toBe(
      'AC-09 Customer-data encryption with US-held keys',
    );
  });

  it('is found in the older version for a control the newer one no longer has, and is its key if in neither', () => {
    const newer: Dataset = {
      ...sampleDataset,
      accessControls: sampleDataset.accessControls.filter((control) => control.id !== 'AC-09'),
    };
    expect(itemLabel(change('accessControls', { id: 'AC-09' }), { older: sampleDataset, newer }, en)).toBe(
      'AC-09 Customer-data encryption with US-held keys',
    );
    expect(itemLabel(change('accessControls', { id: 'AC-99' }), datasets, en)).toBe('AC-99');
  });

  it('is a row of requests by its period, category and country', () => {
    const row = change('accessRequests', { period: '2024-H2', category: 'usLawEnforcement', country: 'US' });
    expect(itemLabel(row, datasets, en)).toBe('H2 2024 · US law enforcement · United States');
    expect(itemLabel(row, datasets, fr)).toBe('S2 2024 · US law enforcement · États-Unis');
  });

  it('is a place by its name, and the period', () => {
    expect(itemLabel(change('locationAccess', { location: 'us-virginia', period: '2025-H1' }), datasets, en)).toBe(
      'Virginia · H1 2025',
    );
  });

  it('tells, in an item’s name, the data’s own text (a title, a category) from the page’s words', () => {
    const row = change('accessRequests', { period: '2024-H2', category: 'usLawEnforcement', country: 'US' });
    expect(itemLabelParts(row, datasets, fr)).toEqual([
      { text: 'S2 2024', fromData: false },
      { text: 'US law enforcement', fromData: true },
      { text: 'États-Unis', fromData: false },
    ]);
    expect(itemLabelParts(change('accessControls', { id: 'AC-01' }), datasets, fr)).toEqual([
      { text: 'AC-01 Named accounts with hardware-key MFA', fromData: true },
    ]);
    expect(itemLabelParts(change('periods', { period: '2025-H2' }), datasets, fr)).toEqual([
      { text: 'S2 2025', fromData: false },
    ]);
  });

  it('shows today’s translation of the data’s text where the datasets carry it, as not the data’s own', () => {
    const translated = {
      older: translateLikeToday(sampleDataset, sampleDataset, frenchTitle),
      newer: translateLikeToday(sampleDataset, sampleDataset, frenchTitle),
    };
    expect(itemLabelParts(change('accessControls', { id: 'AC-01' }), translated, fr)).toEqual([
      { text: 'AC-01 Comptes nominatifs', fromData: false },
    ]);
    const retitled: Change = {
      ...change('accessControls', { id: 'AC-01' }),
      field: 'title',
      before: { type: 'text', text: 'An older title' },
      after: { type: 'text', text: 'Named accounts with hardware-key MFA' },
    };
    expect(shownValue(retitled, 'after', translated)).toEqual({
      value: { type: 'text', text: 'Comptes nominatifs' },
      translated: true,
    });
    expect(shownValue(retitled, 'before', datasets)).toEqual({ value: retitled.before, translated: false });
  });
});
