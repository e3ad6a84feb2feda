import { isPeriodId, periodIdExampleList } from '../api/periods';
import { isLocale, locales, type Locale } from '../i18n/locale';
import { isTheme, themes, type Theme } from './theme';

export const widgetViews = ['stats', 'map', 'requests', 'controls'] as const;
export type WidgetView = (typeof widgetViews)[number];

export interface WidgetParams {
  view: WidgetView;
  lang: Locale;
  theme: Theme;
  period: string | null;
}

export type WidgetProblem =
  | { kind: 'missingView' }
  | { kind: 'badValue'; name: string; value: string; allowed: readonly string[] }
  | { kind: 'badPeriod'; value: string; examples: readonly string[] }
  | { kind: 'unknownParameter'; name: string };

export const knownParameters = ['view', 'lang', 'theme', 'period'];

/**
 * Reads the widget's query string. Every problem is reported, so the frame
 * can say exactly what to fix instead of showing nothing.
 */
export function parseWidgetParams(search: string): { params: WidgetParams; problems: WidgetProblem[] } {
  const query = new URLSearchParams(search);
  const problems: WidgetProblem[] = [];
  const read = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = query.get(name);
    if (value === null) return fallback;
    if (allowed.includes(value as T)) return value as T;
    problems.push({ kind: 'badValue', name, value, allowed });
    return fallback;
  };

  if (!query.has('view')) problems.push({ kind: 'missingView' });
  const view = read('view', widgetViews, 'stats');
  const langValue = query.get('lang');
  const lang: Locale = langValue === null || isLocale(langValue) ? ((langValue as Locale | null) ?? 'en') : 'en';
  if (langValue !== null && !isLocale(langValue)) {
    problems.push({ kind: 'badValue', name: 'lang', value: langValue, allowed: locales });
  }
  const themeValue = query.get('theme');
  const theme: Theme = themeValue === null ? 'auto' : isTheme(themeValue) ? themeValue : 'auto';
  if (themeValue !== null && !isTheme(themeValue)) {
    problems.push({ kind: 'badValue', name: 'theme', value: themeValue, allowed: themes });
  }
  const periodValue = query.get('period');
  const period = periodValue !== null && isPeriodId(periodValue) ? periodValue : null;
  if (periodValue !== null && period === null) {
    problems.push({ kind: 'badPeriod', value: periodValue, examples: periodIdExampleList });
  }
  for (const name of new Set(query.keys())) {
    if (!knownParameters.includes(name)) problems.push({ kind: 'unknownParameter', name });
  }
  return { params: { view, lang, theme, period }, problems };
}

/**
 * The address of a widget view the build wrote for one language, under the site's base path:
 * its figures are in the HTML, so it shows at once (the stats and controls views load no framework).
 */
export function writtenWidgetPath(
  basePath: string,
  view: WidgetView,
  lang: Locale,
  period: string | null = null,
): string {
  return `${basePath}widget/${view}/${period ? `${period}/` : ''}${lang}.html`;
}

/** The message type the widget posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE_TYPE = 'drd-widget:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
}
