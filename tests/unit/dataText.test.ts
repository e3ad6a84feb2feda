import { describe, expect, it } from 'vitest';
import { quoteData, sentenceParts } from '../../src/lib/dataText';

describe('sentenceParts', () => {
  it('makes each untranslated quote a part of its own, with its language', () => {
    expect(
      sentenceParts('Chinese government : aucune donnée (US user data) divulguée.', [
        { text: 'Chinese government', lang: 'en' },
        { text: 'US user data', lang: 'en' },
      ]),
    ).toEqual([
      { text: 'Chinese government', lang: 'en' },
      { text: ' : aucune donnée (' },
      { text: 'US user data', lang: 'en' },
      { text: ') divulguée.' },
    ]);
  });

  it('marks every place a quote appears, and leaves translated quotes as they are', () => {
    expect(
      sentenceParts('Gouvernement chinois : X, puis X.', [
        { text: 'Gouvernement chinois', lang: undefined },
        { text: 'X', lang: 'en' },
      ]),
    ).toEqual([
      { text: 'Gouvernement chinois : ' },
      { text: 'X', lang: 'en' },
      { text: ', puis ' },
      { text: 'X', lang: 'en' },
      { text: '.' },
    ]);
  });

  it('does not look inside a part already marked, nor for an empty quote', () => {
    expect(
      sentenceParts('US user data', [
        { text: 'US user data', lang: 'en' },
        { text: 'user', lang: 'en' },
        { text: '', lang: 'en' },
      ]),
    ).toEqual([{ text: 'US user data', lang: 'en' }]);
  });
});

describe('quoteData', () => {
  it('marks the data’s untranslated text on a page in another language, and never a stand-in for a missing row', () => {
    const row = { label: 'US national security' };
    expect(quoteData(row.label, row, 'label', 'fr')).toEqual({ text: 'US national security', lang: 'en' });
    expect(quoteData(row.label, row, 'label', 'en')).toEqual({ text: 'US national security', lang: undefined });
    expect(quoteData('usNationalSecurity', undefined, 'label', 'fr')).toEqual({
      text: 'usNationalSecurity',
      lang: undefined,
    });
  });
});
