import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locale';
import { themes } from '../../src/lib/theme';
import { parseWidgetParams, widgetViews, writtenWidgetPath } from '../../src/lib/widgetParams';
import { openWrittenView } from '../../src/widget/staticWidget';

const config = { base: '/transparency/', views: widgetViews, langs: locales, themes, periods: ['2025-H1', '2025-H2'] };

function openedFrom(search: string): string | null {
  let opened: string | null = null;
  openWrittenView(config, {
    search,
    replace: (url: string | URL) => {
      opened = String(url);
    },
  });
  return opened;
}

const searches = [
  ...widgetViews.flatMap((view) =>
    [...locales, null, 'de'].flatMap((lang) =>
      [...themes, null, 'blue'].flatMap((theme) =>
        [null, '2025-H1', '2024-H1', 'last'].map((period) => {
          const query = new URLSearchParams({ view });
          if (lang) query.set('lang', lang);
          if (theme) query.set('theme', theme);
          if (period) query.set('period', period);
          return `?${query}`;
        }),
      ),
    ),
  ),
  '',
  '?lang=fr',
  '?view=pie',
  '?view=stats&colour=red',
];

describe('old widget.html addresses', () => {
  it('open the page the build wrote for them exactly when widget.html would show that view without a problem', () => {
    for (const search of searches) {
      const { params, problems } = parseWidgetParams(search);
      const written = params.period === null || (params.view === 'requests' && config.periods.includes(params.period));
      const expected =
        problems.length === 0 && written
          ? writtenWidgetPath(
              config.base,
              params.view,
              params.lang,
              params.view === 'requests' ? params.period : null,
            ) + (params.theme === 'auto' ? '' : `?theme=${params.theme}`)
          : null;
      expect(openedFrom(search), search).toBe(expected);
    }
  });

  it('keep the view, language, period and theme they named', () => {
    expect(openedFrom('?view=requests&lang=fr&theme=dark&period=2025-H1')).toBe(
      '/transparency/widget/requests/2025-H1/fr.html?theme=dark',
    );
    expect(openedFrom('?view=stats')).toBe('/transparency/widget/stats/en.html');
  });
});
