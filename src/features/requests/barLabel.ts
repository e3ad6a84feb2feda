import type { Translator } from '../../i18n/translator';
import type { BarValue } from './chartData';

type Formatters = Pick<Translator, 't' | 'formatNumber' | 'formatNumberRange'>;

const percent = { style: 'percent', maximumFractionDigits: 1 } as const;

/** "62 %" or "48–52 %", as the locale writes percentages. */
export function formatShare(
  bar: Pick<BarValue, 'min' | 'max'>,
  { formatNumber, formatNumberRange }: Formatters,
): string {
  const max = bar.max ?? bar.min;
  return max === bar.min ? formatNumber(bar.min / 100, percent) : formatNumberRange(bar.min / 100, max / 100, percent);
}

/** The words for one bar: short on the chart, long in tables and tooltips. */
export function barLabel(
  bar: BarValue,
  i18n: Formatters,
  style: 'short' | 'long',
  unit: 'count' | 'percent' = 'count',
): string {
  const { t, formatNumber } = i18n;
  const number = (value: number) =>
    unit === 'percent'
      ? formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 })
      : formatNumber(value);
  switch (bar.kind) {
    case 'exact':
      return number(bar.min);
    case 'range':
      if (bar.suppressedOnly && unit === 'count') {
        return t(style === 'short' ? 'count.short.suppressed' : 'count.suppressed', { n: (bar.max ?? 0) + 1 });
      }
      // On a chart the percent sign is written once ("45.9–55.9%"): the label has to fit a bar's width.
      if (unit === 'percent' && style === 'short') {
        return t('count.range', {
          min: formatNumber(bar.min, { maximumFractionDigits: 1 }),
          max: number(bar.max ?? bar.min),
        });
      }
      return t('count.range', { min: number(bar.min), max: number(bar.max ?? bar.min) });
    case 'atLeast':
      return t(style === 'short' ? 'count.short.atLeast' : 'count.atLeast', { n: number(bar.min) });
    case 'notReported':
      if (unit === 'percent') return t(style === 'short' ? 'count.short.notReported' : 'requests.rate.unknown');
      return t(style === 'short' ? 'count.short.notReported' : 'count.notReported');
    case 'noData':
      return unit === 'percent' ? t('requests.rate.noRequests') : t('count.noData');
    case 'share': {
      const share = formatShare(bar, i18n);
      return style === 'short' ? share : t('count.share', { share });
    }
  }
}
