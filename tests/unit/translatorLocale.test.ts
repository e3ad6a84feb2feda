import { describe, expect, it } from 'vitest';
import { allMessages } from '../../src/i18n/messages/all';
import { createTranslator } from '../../src/i18n/translator';

describe('ordering text in the reader’s language', () => {
  it('orders Chinese names by pinyin, whatever the runtime’s own locale', () => {
    const { compareText, countryName } = createTranslator('zh-Hans', allMessages['zh-Hans']);
    const names = ['MX', 'BR', 'DE', 'AU'].map(countryName).sort(compareText);
    expect(names).toEqual(['澳大利亚', '巴西', '德国', '墨西哥']);
  });

  it('orders Spanish as Spanish does: ñ is a letter of its own, after n', () => {
    const { compareText } = createTranslator('es', allMessages.es);
    expect(['ñu', 'nz'].sort(compareText)).toEqual(['nz', 'ñu']);
    // English treats ñ as an n with a mark.
    expect(['ñu', 'nz'].sort(new Intl.Collator('en').compare)).toEqual(['ñu', 'nz']);
  });
});

describe('digits', () => {
  it('are Latin in Arabic numbers and dates, a fixed choice whatever the runtime’s default', () => {
    const ar = createTranslator('ar', allMessages.ar);
    expect(ar.formatNumber(1234)).toMatch(/^1\D?234$/);
    expect(ar.formatDate('2026-02-15')).toMatch(/15/);
    expect(ar.formatDate('2026-02-15')).toMatch(/2026/);
    expect(ar.formatNumber(0.5, { style: 'percent' })).toMatch(/50/);
  });
});
