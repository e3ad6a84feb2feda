import { describe, expect, it } from 'vitest';
import { localeBase, localeInPath, localeOfAddress } from '../../src/i18n/locale';

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
