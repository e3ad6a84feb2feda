import { describe, expect, it } from 'vitest';
import { renderWidget } from '../../src/build/renderWidget';
import { staticWidgetPage } from '../../src/build/staticWidgets';
import { samplePackage } from '../support/sample';

const template =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Widget</title></head><body><div id="root"></div></body></html>';

describe('a widget view written at build time', () => {
  it('writes the data’s scope into its title as text, never as markup', () => {
    const scope = 'Users of A&B </title><script>alert(1)</script>';
    const contents = {
      ...samplePackage,
      dataset: { ...samplePackage.dataset, meta: { ...samplePackage.dataset.meta, scope } },
    };
    const rendered = renderWidget('stats', 'en', contents);
    const page = staticWidgetPage(template, rendered, {
      styles: [],
      dataset: contents.dataset,
      base: '/',
      modules: [],
    });
    const title = /<title>(.*?)<\/title>/.exec(page)?.[1];
    expect(title).toContain('Users of A&amp;B &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
  });
});
