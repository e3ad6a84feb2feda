import { describe, expect, it } from 'vitest';
import { languageFolderAddress, localeBase, localeInPath, localeOfAddress } from '../../src/i18n/locale';

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

  it('is the page’s language, English where it names none', () => {
    expect(localeOfAddress({ pathname: '/es/data/' }, '/')).toBe('es');
    expect(localeOfAddress({ pathname: '/data/' }, '/')).toBe('en');
  });
});

describe('older links with ?lang=', () => {
  const moved = (pathname: string, search: string, base = '/', hash = '') =>
    languageFolderAddress({ pathname, search, hash }, base);

  it('lead to the page in that language’s folder, keeping the other parameters and the fragment', () => {
    expect(moved('/requests', '?lang=fr&type=civilLitigant&country=GB')).toBe(
      '/fr/requests/?type=civilLitigant&country=GB',
    );
    expect(moved('/', '?lang=ar')).toBe('/ar/');
    expect(moved('/transparency/data/', '?lang=zh-Hans', '/transparency/', '#methodology')).toBe(
      '/transparency/zh-Hans/data/#methodology',
    );
  });

  it('stay where they are in English, with an unknown language, or where the address names one already', () => {
    expect(moved('/requests', '?lang=en')).toBeNull();
    expect(moved('/requests', '?lang=de')).toBeNull();
    expect(moved('/requests', '')).toBeNull();
    expect(moved('/es/requests/', '?lang=fr')).toBeNull();
  });

  it('gives each language its base under the site’s', () => {
    expect(localeBase('/', 'en')).toBe('/');
    expect(localeBase('/', 'ar')).toBe('/ar/');
    expect(localeBase('/transparency/', 'zh-Hans')).toBe('/transparency/zh-Hans/');
  });
});
