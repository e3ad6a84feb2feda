import { describe, expect, it } from 'vitest';
import { parseWidgetParams } from '../../src/lib/widgetParams';

describe('widget parameters', () => {
  it('reads view, language, theme and period', () => {
    expect(parseWidgetParams('?view=requests&lang=fr&theme=dark&period=2025-H1')).toEqual({
      params: { view: 'requests', lang: 'fr', theme: 'dark', period: '2025-H1' },
      problems: [],
    });
  });

  it('defaults to English and the automatic theme', () => {
    expect(parseWidgetParams('?view=stats')).toEqual({
      params: { view: 'stats', lang: 'en', theme: 'auto', period: null },
      problems: [],
    });
  });

  it('reports a missing view, bad values and unknown parameters, all at once', () => {
    const { problems } = parseWidgetParams('?lang=de&theme=blue&period=last&colour=red');
    expect(problems).toEqual([
      { kind: 'missingView' },
      { kind: 'badValue', name: 'lang', value: 'de', allowed: ['en', 'fr', 'es', 'zh-Hans', 'ar'] },
      { kind: 'badValue', name: 'theme', value: 'blue', allowed: ['auto', 'light', 'dark'] },
      { kind: 'badPeriod', value: 'last', examples: ['2025', '2025-H1', '2025-Q3'] },
      { kind: 'unknownParameter', name: 'colour' },
    ]);
  });

  it('reports an unknown view', () => {
    expect(parseWidgetParams('?view=pie').problems).toEqual([
      { kind: 'badValue', name: 'view', value: 'pie', allowed: ['stats', 'map', 'requests', 'controls'] },
    ]);
  });
});
