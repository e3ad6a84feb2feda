import { describe, expect, it } from 'vitest';
import { embedSnippet, fastestWidgetUrl, widgetPreviewPath, widgetUrl } from '../../src/features/embed/embedSnippet';

describe('embed snippet', () => {
  it('builds the widget URL with every chosen option', () => {
    expect(
      widgetUrl('https://example.org/widget.html', { view: 'requests', lang: 'fr', theme: 'dark', period: '2025-H1' }),
    ).toBe('https://example.org/widget.html?view=requests&lang=fr&theme=dark&period=2025-H1');
  });

  it('leaves the period out of views that do not use one', () => {
    expect(
      widgetUrl('https://example.org/widget.html?x=1', { view: 'stats', lang: 'en', theme: 'auto', period: '2025-H1' }),
    ).toBe('https://example.org/widget.html?view=stats&lang=en&theme=auto');
  });

  it('gives the page the build wrote for the view, language and period, with only the theme to say', () => {
    const site = 'https://example.org/transparency/';
    const written = { written: true };
    expect(fastestWidgetUrl(site, { view: 'stats', lang: 'fr', theme: 'auto', period: null }, written)).toBe(
      'https://example.org/transparency/widget/stats/fr.html',
    );
    expect(fastestWidgetUrl(site, { view: 'controls', lang: 'en', theme: 'dark', period: null }, written)).toBe(
      'https://example.org/transparency/widget/controls/en.html?theme=dark',
    );
    expect(fastestWidgetUrl(site, { view: 'requests', lang: 'en', theme: 'auto', period: '2025-H1' }, written)).toBe(
      'https://example.org/transparency/widget/requests/2025-H1/en.html',
    );
    // A period means nothing to the other views.
    expect(fastestWidgetUrl(site, { view: 'map', lang: 'en', theme: 'auto', period: '2025-H1' }, written)).toBe(
      'https://example.org/transparency/widget/map/en.html',
    );
    // A site whose data comes from a live API takes widget.html and its parameters.
    expect(fastestWidgetUrl(site, { view: 'stats', lang: 'en', theme: 'auto', period: null }, { written: false })).toBe(
      'https://example.org/transparency/widget.html?view=stats&lang=en&theme=auto',
    );
  });

  it('gives the preview the same address relative to the site, known without a browser', () => {
    const stats = { view: 'stats', lang: 'fr', theme: 'auto', period: null } as const;
    expect(widgetPreviewPath('/transparency/', stats, { written: true })).toBe('/transparency/widget/stats/fr.html');
    expect(
      widgetPreviewPath('/', { ...stats, view: 'requests', theme: 'dark', period: '2025-H1' }, { written: true }),
    ).toBe('/widget/requests/2025-H1/fr.html?theme=dark');
    expect(widgetPreviewPath('/', stats, { written: false })).toBe('/widget.html?view=stats&lang=fr&theme=auto');
  });

  it('writes a titled, lazy iframe with a default height, then the host script', () => {
    const snippet = embedSnippet('https://example.org/widget.html?view=map&lang=en', 'Where "data" <lives>', 'map');
    expect(snippet).toMatch(/^<iframe src="https:\/\/example.org\/widget.html\?view=map&amp;lang=en"/);
    expect(snippet).toContain('title="Where &quot;data&quot; &lt;lives&gt;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height="720"');
    expect(snippet).toContain('data-drd-widget');
    expect(snippet).toContain("data.type !== 'drd-widget:resize'");
    expect(snippet).toContain('frame.contentWindow !== event.source');
    expect(snippet).toContain('Math.min(Math.ceil(height), 5000)');
  });
});
