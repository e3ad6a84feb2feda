import type { Count } from '../api/schemas';
import type { Translator } from '../i18n/translator';
import type { TotalSummary } from './counts';

type Formatters = Pick<Translator, 't' | 'formatNumber'>;

/** A single published count in words: "0", "fewer than 5", "0–249", "not reported". */
export function formatCount(count: Count, { t, formatNumber }: Formatters): string {
  switch (count.kind) {
    case 'exact':
      return formatNumber(count.value);
    case 'suppressed':
      return t('count.suppressed', { n: count.lessThan });
    case 'band':
      return t('count.band', { min: count.min, max: count.max });
    case 'notReported':
      return t('count.notReported');
  }
}

export function formatTotal(summary: TotalSummary, { t, formatNumber }: Formatters): string {
  switch (summary.kind) {
    case 'noData':
      return t('count.noData');
    case 'notReported':
      return t('count.notReported');
    case 'exact':
      return formatNumber(summary.value);
    case 'atLeast':
      return t('count.atLeast', { n: summary.min });
    case 'range':
      return t('count.range', { min: summary.min, max: summary.max });
  }
}
