import { useResource, useScope } from './useResource';
import { QueryState } from '../components/QueryState';
import { Skeleton } from '../components/Skeleton';
import { periodsOf, totalsByPeriodAndType } from '../features/requests/aggregate';
import { barFromTotal } from '../features/requests/chartData';
import { ChinaHeadline } from '../features/requests/ChinaHeadline';
import { CountTable } from '../features/requests/CountTable';
import { ReceivedDisclosedChart } from '../features/requests/ReceivedDisclosedChart';
import { requesterType } from '../api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { WidgetFooter } from './WidgetFooter';

export function RequestsView({ period }: { period: string | null }) {
  const { t, periodLabel } = useI18n();
  const requests = useResource('accessRequests');
  const scope = useScope();
  if (scope === null) return <Skeleton minHeight="16rem" />;
  return (
    <QueryState query={requests} minHeight="24rem">
      {(rows) => {
        const periods = periodsOf(rows);
        const shown = period ?? periods.at(-1);
        if (!shown || !periods.includes(shown)) {
          return (
            <div role="alert" className="error-panel">
              <p className="error-panel__title">{t('widget.problem.title')}</p>
              <p>{t('widget.problem.unknownPeriod', { period: shown ?? '', periods: periods.join(', ') })}</p>
            </div>
          );
        }
        const totals = totalsByPeriodAndType(
          rows.filter((row) => row.period === shown),
          requesterType.options,
        );
        const data = totals.types.map((type) => {
          const cell = totals.cell(shown, type);
          return {
            key: type,
            label: t(`requester.${type}`),
            received: barFromTotal(cell.received),
            disclosed: barFromTotal(cell.disclosed),
          };
        });
        const caption = t('widget.requests.caption', { period: periodLabel(shown) });
        return (
          <>
            <h1 className="widget-title">{t('widget.title.requests', { scope, period: periodLabel(shown) })}</h1>
            <ChinaHeadline rows={rows} scope={scope} />
            <p id="widget-requests-caption" className="widget-caption">
              {caption}
            </p>
            <ReceivedDisclosedChart
              data={data}
              orientation="horizontal"
              height={data.length * 44 + 40}
              describedBy="widget-requests-caption"
            />
            <details>
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
    </QueryState>
  );
}
