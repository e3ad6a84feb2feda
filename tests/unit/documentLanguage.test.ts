import { afterEach, describe, expect, it } from 'vitest';
import { setDocumentLanguage } from '../../src/i18n/documentLanguage';

/** The attribute writes setDocumentLanguage makes on <html>, as the browser records them. */
function writesOf(change: () => void): string[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { attributes: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records.map((record) => record.attributeName ?? '');
}

describe('setDocumentLanguage', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('sets the language and its direction', () => {
    setDocumentLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    setDocumentLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('writes nothing when both are already right, as on a prerendered page', () => {
    document.documentElement.lang = 'zh-Hans';
    document.documentElement.dir = 'ltr';
    expect(writesOf(() => setDocumentLanguage('zh-Hans'))).toEqual([]);
  });

  it('writes only what differs', () => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
    expect(writesOf(() => setDocumentLanguage('es'))).toEqual(['lang']);
  });
});
