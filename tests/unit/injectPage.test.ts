// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { injectPage } from '../../src/build/staticApi';

const template = await readFile(new URL('../../index.html', import.meta.url), 'utf8');

describe('putting a prerendered page into index.html', () => {
  it("keeps $&, $` and $' in the data as text instead of splicing the template into the page", () => {
    const tricky = "Costs $& and $` and $' and $$";
    const html = injectPage(
      template,
      {
        html: `<h1>${tricky}</h1>`,
        queryState: { mutations: [], queries: [] },
        path: '/requests',
        title: tricky,
        description: tricky,
      },
      'https://transparency.example/base/',
    );
    expect(html).toContain(`<title>${tricky}</title>`);
    expect(html).toContain(`<meta name="description" content="${tricky}" />`);
    expect(html).toContain(`<div id="root"><h1>${tricky}</h1></div>`);
    expect(html).toContain('<link rel="canonical" href="https://transparency.example/base/requests/" />');
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(html.match(/<div id="root">/g)).toHaveLength(1);
  });
});
