// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { injectPage, withFeedLink } from '../../src/build/staticApi';
import type { RenderedPage } from '../../src/build/renderPage';

const template = await readFile(new URL('../../index.html', import.meta.url), 'utf8');

const rendered = (overrides: Partial<RenderedPage>): RenderedPage => ({
  html: '<h1>Requests</h1>',
  queryState: { mutations: [], queries: [] },
  path: '/requests/',
  locale: 'en',
  title: 'Requests',
  description: 'Requests for data',
  feedTitle: 'Data releases',
  ...overrides,
});

describe('putting a prerendered page into index.html', () => {
  it('links the feed of data releases under the name it is given, $& and all, in the head', () => {
    const html = withFeedLink(template, '/api/v1/releases.atom', 'Versions des données $&');
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Versions des données $&" href="/api/v1/releases.atom" />\n  </head>',
    );
  });

  it("keeps $&, $` and $' in the data as text instead of splicing the template into the page", () => {
    const tricky = "Costs $& and $` and $' and $$";
    const html = injectPage(
      template,
      rendered({ html: `<h1>${tricky}</h1>`, title: tricky, description: tricky }),
      'https://transparency.example/base/',
    );
    expect(html).toContain(`<title>${tricky}</title>`);
    expect(html).toContain(`<meta name="description" content="${tricky}" />`);
    expect(html).toContain(`<div id="root"><h1>${tricky}</h1></div>`);
    expect(html).toContain('<link rel="canonical" href="https://transparency.example/base/requests/" />');
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(html.match(/<div id="root">/g)).toHaveLength(1);
  });

  it('writes the page in its language and direction, and names the same page in every language', () => {
    const html = injectPage(template, rendered({ locale: 'ar' }), 'https://transparency.example/base/');
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ar" dir="rtl">/);
    expect(html).toContain('<link rel="canonical" href="https://transparency.example/base/ar/requests/" />');
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)].map(
      ([, lang, href]) => `${lang} ${href}`,
    );
    expect(alternates).toEqual([
      'en https://transparency.example/base/requests/',
      'fr https://transparency.example/base/fr/requests/',
      'es https://transparency.example/base/es/requests/',
      'zh-Hans https://transparency.example/base/zh-Hans/requests/',
      'ar https://transparency.example/base/ar/requests/',
      'x-default https://transparency.example/base/requests/',
    ]);
  });

  it('names no other address where the site has no public one: search engines read only absolute ones', () => {
    const html = injectPage(template, rendered({ path: '/', locale: 'fr' }));
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).not.toContain('hreflang');
    expect(html).not.toContain('rel="canonical"');
  });
});
