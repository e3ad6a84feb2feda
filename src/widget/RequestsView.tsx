import { useResource } from './useResource';
import { QueryStates } from '../components/QueryState';
import { Quoting } from '../components/Quoting';
import { quoteData } from '../lib/dataText';
import { periodsOf, totalsByPeriodAndCategory } from '../features/requests/aggregate';
import { barFromDisclosures, barFromTotal } from '../features/requests/chartData';
import { Headline } from '../features/requests/Headline';
import { CountTable } from '../features/requests/CountTable';
import { categoryChartHeight } from '../features/requests/chartText';
import { ReceivedDisclosedChart } from '../features/requests/ReceivedDisclosedChart';
import { useI18n } from '../i18n/I18nProvider';
import { WidgetFooter } from './WidgetFooter';

export function RequestsView({ period }: { period: string | null }) {
  const { t, periodLabel, locale, formatList } = useI18n();
  const meta = useResource('meta');
  const categories = useResource('requestCategories');
  const requests = useResource('accessRequests');
  return (
    <QueryStates queries={[meta, categories, requests]} minHeight="24rem">
      {([metaData, categoryList, rows]) => {
        const periods = periodsOf(rows);
        const shown = period ?? periods.at(-1);
        if (!shown || !periods.includes(shown)) {
          return (
            <div role="alert" className="error-panel">
              <p className="error-panel__title">{t('widget.problem.title')}</p>
              <p>{t('widget.problem.unknownPeriod', { period: shown ?? '', periods: formatList(periods) })}</p>
            </div>
          );
        }
        const totals = totalsByPeriodAndCategory(
          rows.filter((row) => row.period === shown),
          categoryList.map((category) => category.id),
        );
        const data = totals.categories.map((id) => {
          const cell = totals.cell(shown, id);
          return {
            key: id,
            label: categoryList.find((category) => category.id === id)?.label ?? id,
            received: barFromTotal(cell.received),
            disclosed: barFromDisclosures(cell),
          };
        });
        const caption = t('widget.requests.caption', { period: periodLabel(shown) });
        return (
          <>
            <h1 className="widget-title">
              <Quoting
                text={t('widget.title.requests', { scope: metaData.scope, period: periodLabel(shown) })}
                quotes={[quoteData(metaData.scope, metaData, 'scope', locale)]}
              />
            </h1>
            <Headline rows={rows} meta={metaData} categories={categoryList} />
            {/* The chart's name; as written, with no chart, the table's caption says the same. */}
            <p id="widget-requests-caption" className="widget-caption" data-needs-script>
              {caption}
            </p>
            <div data-needs-script>
              <ReceivedDisclosedChart
                data={data}
                orientation="horizontal"
                height={categoryChartHeight(data.map((datum) => datum.label))}
                labelledBy="widget-requests-caption"
              />
            </div>
            <details data-open-when-static>
              <summary>{t('requests.table.show')}</summary>
              <CountTable
                caption={caption}
                headers={[t('requests.table.type')]}
                valueHeaders={[t('requests.table.received'), t('requests.table.disclosed')]}
                rows={data.map((datum) => ({
                  key: datum.key,
                  header: [datum.label],
                  values: [datum.received, datum.disclosed],
                }))}
              />
            </details>
            <WidgetFooter page="requests" params={{ period: shown }} />
          </>
        );
      }}
    </QueryStates>
  );
}
