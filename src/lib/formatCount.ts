import type { Count } from '../api/schemas';
import type { Translator } from '../i18n/translator';
import { summarizeTotal, type TotalSummary } from './counts';
import { disclosureShare, publishesShares, type ReceivedAndDisclosed } from './disclosures';

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

/** Disclosures as a count, or as the share of requests where the figures are shares. */
export function formatDisclosures(
  cell: ReceivedAndDisclosed,
  i18n: Formatters & Pick<Translator, 'formatNumberRange'>,
): string {
  if (!publishesShares(cell)) return formatTotal(summarizeTotal(cell.disclosed.counts), i18n);
  const share = disclosureShare(cell);
  const percent = { style: 'percent', maximumFractionDigits: 1 } as const;
  switch (share.kind) {
    case 'exact':
      return i18n.t('count.share', { share: i18n.formatNumber(share.value, percent) });
    case 'range':
      return i18n.t('count.share', { share: i18n.formatNumberRange(share.min, share.max, percent) });
    case 'unknown':
      return i18n.t('count.notReported');
    case 'noRequests':
      return i18n.t('count.noData');
  }
}
