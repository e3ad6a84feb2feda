import { describe, expect, it } from 'vitest';
import { sentenceParts } from '../../src/lib/dataText';

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
