import { useMemo } from 'react';
import type { AccessRequestCount } from '../../api/schemas';
import { PeriodSelect } from '../../components/PeriodSelect';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText } from '../../lib/download';
import { totalsByCountry } from './aggregate';
import { ChartFigure } from './ChartFigure';
import { barFromDisclosures, barFromTotal } from './chartData';
import { CountTable } from './CountTable';
import { categoryChartHeight } from './chartText';
import { ReceivedDisclosedChart } from './ReceivedDisclosedChart';
import { receivedDisclosedCsv, requestsFileName } from './requestsCsv';

const TOP = 8;

interface Props {
  rows: AccessRequestCount[];
  periods: string[];
  period: string;
  onPeriodChange: (period: string) => void;
  dataVersion: string;
}

export function ByCountrySection({ rows, periods, period, onPeriodChange, dataVersion }: Props) {
  const i18n = useI18n();
  const { t, periodLabel, countryName, formatNumber } = i18n;
  const countries = useMemo(() => totalsByCountry(rows, period, TOP), [rows, period]);
  const items = countries.map((item) => ({
    key: item.country ?? 'others',
    code: item.country,
    label: item.country
      ? countryName(item.country)
      : t('requests.others', { count: formatNumber(item.countries.length) }),
    received: barFromTotal(item.totals.received),
    disclosed: barFromDisclosures(item.totals),
  }));
  const named = items.filter((item) => item.code);
  const topNames = named.slice(0, 3).map((item) => item.label);
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(topNames);

  return (
    <ChartFigure
      id="by-country"
      title={t('requests.byCountry.title', { period: periodLabel(period) })}
      summary={
        named.length > 1
          ? t('requests.byCountry.summary', { period: periodLabel(period), top: list, n: TOP })
          : t('requests.byCountry.summaryOne', { period: periodLabel(period), top: list })
      }
      chart={
        <>
          <PeriodSelect
            label={t('requests.byCountry.period')}
            periods={periods}
            value={period}
            onChange={onPeriodChange}
          />
          <ReceivedDisclosedChart
            data={items}
            orientation="horizontal"
            height={Math.max(160, categoryChartHeight(items.map((item) => item.label)))}
            labelledBy="by-country-title"
            describedBy="by-country-summary"
          />
        </>
      }
      table={
        <CountTable
          caption={t('requests.byCountry.title', { period: periodLabel(period) })}
          headers={[t('requests.table.country')]}
          valueHeaders={[t('requests.table.received'), t('requests.table.disclosed')]}
          rows={items.map((item) => ({ key: item.key, header: [item.label], values: [item.received, item.disclosed] }))}
        />
      }
      onDownload={() =>
        downloadText(
          requestsFileName('by-country', dataVersion, period, period),
          receivedDisclosedCsv(
            ['period', 'country'],
            countries.map((item, index) => ({
              keys: [period, item.country ?? `others:${item.countries.join(' ')}`],
              received: items[index]!.received,
              disclosed: items[index]!.disclosed,
            })),
          ),
          'text/csv;charset=utf-8',
        )
      }
    />
  );
}
