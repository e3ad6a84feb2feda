import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../support/sample';
import {
  chinaDisclosures,
  describeChinaDisclosures,
  describeControls,
  describeLocations,
  describeUpdated,
} from '../../src/features/overview/keyFigures';
import { allMessages } from '../../src/i18n/messages/all';
import { createTranslator } from '../../src/i18n/translator';

const en = createTranslator('en', allMessages.en);
const fr = createTranslator('fr', allMessages.fr);

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
    const china = describeChinaDisclosures(chinaDisclosures(sampleDataset.accessRequests), 'US user data', en);
    expect(china).toMatchObject({ label: 'Disclosures to the Chinese government', value: '0' });
    expect(china.text).toMatch(/^No US user data was disclosed to the Chinese government in any of the 6/);
  });

  it('speak French with French numbers and dates', () => {
    expect(describeControls(sampleDataset.accessControls, fr).value).toBe('9 sur 14');
    expect(describeUpdated(sampleDataset.meta, fr).value).toBe('15 février 2026');
  });
});
