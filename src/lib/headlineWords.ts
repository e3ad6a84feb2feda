import type { Meta, RequestCategory } from '../api/schemas';
import type { Translator } from '../i18n/translator';
import { quoteData, type DataQuote } from './dataText';
import { formatDisclosures, formatTotal } from './formatCount';
import { summarizeTotal } from './counts';
import { disclosureShare } from './disclosures';
import type { FindingKind, HeadlineFinding } from './headline';

type Words = Pick<Translator, 't' | 'plural' | 'formatNumber' | 'formatNumberRange' | 'periodLabel' | 'locale'>;

export interface HeadlineWords {
  /** The figure's name, as a card label. */
  label: string;
  /** The figure itself: "0", "0–4", "at least 3", "62 % of requests". */
  value: string;
  /** A heading that states the finding. */
  title: string;
  /** The finding in a sentence, with the periods it covers. */
  text: string;
  /** The requests received over the same periods, in words. */
  received: string;
}

export interface HeadlineContext {
  scope: string;
  categoryLabel: string;
  /** The scope and the category's name, to mark where they show untranslated in the sentences. */
  quotes: DataQuote[];
}

/** Whose data, and which requesters, a headline speaks of: the metadata's scope and its headline category. */
export function headlineContext(meta: Meta, categories: RequestCategory[], locale: string): HeadlineContext {
  const category = categories.find((item) => item.id === meta.headlineCategory);
  const categoryLabel = category?.label ?? meta.headlineCategory;
  return {
    scope: meta.scope,
    categoryLabel,
    quotes: [quoteData(meta.scope, meta, 'scope', locale), quoteData(categoryLabel, category, 'label', locale)],
  };
}

/** What the Overview card, the stats widget and the Requests headline say about a finding. */
export function describeHeadline(
  finding: HeadlineFinding,
  context: Pick<HeadlineContext, 'scope' | 'categoryLabel'>,
  i18n: Words,
): HeadlineWords {
  const { t, periodLabel } = i18n;
  const category = context.categoryLabel;
  const value = finding.kind === 'noData' ? t('count.noData') : formatDisclosures(finding.total, i18n);
  const range = {
    category,
    scope: context.scope,
    first: periodLabel(finding.periods[0] ?? ''),
    last: periodLabel(finding.periods.at(-1) ?? ''),
    disclosed: value,
  };
  const unreported = [...new Set([...finding.missingPeriods, ...finding.notReportedPeriods])];
  const listOf = (periods: readonly string[]) =>
    new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(periods.map(periodLabel));
  const texts: Record<FindingKind, () => string> = {
    knownZero: () => i18n.plural('headline.text.knownZero', finding.periods.length, range),
    someDisclosed: () =>
      !finding.asShare
        ? t('headline.text.someCount', range)
        : disclosureShare(finding.total).kind === 'unknown'
          ? t('headline.text.someShareUnknown', { ...range, periods: listOf(unreported) })
          : t('headline.text.someShare', range),
    possiblySome: () => t(finding.asShare ? 'headline.text.possiblyShare' : 'headline.text.possiblyCount', range),
    incomplete: () =>
      finding.hiddenPeriods.length > 0
        ? t('headline.text.incompleteHidden', {
            ...range,
            periods: listOf(unreported),
            hidden: listOf(finding.hiddenPeriods),
          })
        : t('headline.text.incomplete', { ...range, periods: listOf(unreported) }),
    noData: () => t('headline.text.noData', range),
  };
  return {
    label: t('headline.label', { category }),
    value,
    title: t(`headline.title.${finding.kind}`, { category }),
    text: texts[finding.kind](),
    received: formatTotal(summarizeTotal(finding.total.received), i18n),
  };
}

/** One period's disclosures for the headline category, in words. */
export function describePeriodFinding(finding: HeadlineFinding['perPeriod'][number], i18n: Words): string {
  return formatDisclosures(finding.total, i18n);
}
