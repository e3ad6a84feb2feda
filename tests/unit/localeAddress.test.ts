import { describe, expect, it } from 'vitest';
import { localeBase, localeInPath, localeOfAddress } from '../../src/i18n/locale';
import { createTranslator } from '../../src/i18n/translator';
import { allMessages } from '../../src/i18n/messages/all';

describe('the language an address names', () => {
  it('is the first folder after the base, where English has none', () => {
    expect(localeInPath('/fr/requests/', '/')).toBe('fr');
    expect(localeInPath('/transparency/zh-Hans/', '/transparency/')).toBe('zh-Hans');
    expect(localeInPath('/transparency/ar', '/transparency/')).toBe('ar');
    expect(localeInPath('/requests/', '/')).toBeNull();
    expect(localeInPath('/en/requests/', '/')).toBeNull();
    expect(localeInPath('/french/', '/')).toBeNull();
    expect(localeInPath('/fr/requests/', '/transparency/')).toBeNull();
  });

  it('wins over ?lang=, which older links still carry and which still works where the path names none', () => {
    expect(localeOfAddress({ pathname: '/es/data/', search: '?lang=fr' }, '/')).toBe('es');
    expect(localeOfAddress({ pathname: '/data/', search: '?lang=fr' }, '/')).toBe('fr');
    expect(localeOfAddress({ pathname: '/data/', search: '?lang=xx' }, '/')).toBe('en');
    expect(localeOfAddress({ pathname: '/data/', search: '' }, '/')).toBe('en');
  });

  it('gives each language its base under the site’s', () => {
    expect(localeBase('/', 'en')).toBe('/');
    expect(localeBase('/', 'ar')).toBe('/ar/');
    expect(localeBase('/transparency/', 'zh-Hans')).toBe('/transparency/zh-Hans/');
  });
});

describe('ordering text in the reader’s language', () => {
  it('orders Chinese names by pinyin, whatever the runtime’s own locale', () => {
    const { compareText, countryName } = createTranslator('zh-Hans', allMessages['zh-Hans']);
    const names = ['MX', 'BR', 'DE', 'AU'].map(countryName).sort(compareText);
    expect(names).toEqual(['澳大利亚', '巴西', '德国', '墨西哥']);
  });

  it('orders French names as French does, accents after their letter', () => {
    const { compareText } = createTranslator('fr', allMessages.fr);
    expect(['Émirats', 'Espagne', 'Allemagne'].sort(compareText)).toEqual(['Allemagne', 'Émirats', 'Espagne']);
  });
});
