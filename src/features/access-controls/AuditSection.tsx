import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { auditStatisticsQuery } from '../../api/queries';
import { PeriodSelect } from '../../components/PeriodSelect';
import { QueryState } from '../../components/QueryState';
import { Quoting } from '../../components/Quoting';
import { useQuoteData } from '../../components/useDataLanguage';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/namespaces';
import { auditGroup, auditPeriods, compareAuditPeriod, type AuditRow } from './auditComparison';

function useMetricLabel() {
  const { t } = useI18n();
  return (metric: AuditRow['metric']) => {
    const finding = /^findings\.(\w+)\.(open|closed)$/.exec(metric);
    if (finding) {
      return t('audit.finding', {
        severity: t(`severity.${finding[1]}` as MessageKey),
        state: t(`findingState.${finding[2]}` as MessageKey),
      });
    }
    return t(`audit.metric.${metric}` as MessageKey);
  };
}

export function AuditSection() {
  const { t, periodLabel, formatNumber } = useI18n();
  const labelOf = useMetricLabel();
  const quoteData = useQuoteData();
  const statistics = useQuery(auditStatisticsQuery());
  const [searchParams, updateSearchParams] = useUpdateSearchParams();

  const formatValue = (row: AuditRow, value: number, sign = false) =>
    formatNumber(value, {
      ...(row.unit === 'hours' ? { style: 'unit', unit: 'hour', unitDisplay: 'short' } : {}),
      ...(sign ? { signDisplay: 'exceptZero' } : {}),
      maximumFractionDigits: 1,
    });

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <QueryState query={statistics} minHeight="var(--audit-height)">
        {(list) => {
          const periods = auditPeriods(list);
          if (periods.length === 0) return <p>{t('audit.empty')}</p>;
          const requested = searchParams.get('period');
          const period = requested && periods.includes(requested) ? requested : periods.at(-1)!;
          const comparison = compareAuditPeriod(list, period)!;
          const requests = list.find((item) => item.period === period)!.employeeAccessRequests;
          const note = requests.note === undefined ? null : quoteData(requests.note, requests, 'note');
          const caption = comparison.previousPeriod
            ? t('audit.caption', { period: periodLabel(period), previous: periodLabel(comparison.previousPeriod) })
            : t('audit.captionFirst', { period: periodLabel(period) });
          return (
            <>
              <PeriodSelect
                label={t('audit.period')}
                periods={periods}
                value={period}
                onChange={(value) =>
                  updateSearchParams((params) => {
                    params.set('period', value);
                    return params;
                  })
                }
              />
              <div
                className="table-scroll"
                tabIndex={0}
                role="region"
                aria-label={t('table.region', { name: caption })}
              >
                <table className="audit-table">
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.col.metric')}</th>
                      <th scope="col" className="num">
                        {t('audit.col.current')}
                      </th>
                      <th scope="col" className="num">
                        {t('audit.col.previous')}
                      </th>
                      <th scope="col" className="num">
                        {t('audit.col.change')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.rows.map((row, index) => {
                      const change = row.previous === null ? null : row.current - row.previous;
                      const group = auditGroup(row.metric);
                      const startsGroup = index === 0 || auditGroup(comparison.rows[index - 1]!.metric) !== group;
                      return (
                        <Fragment key={row.metric}>
                          {startsGroup ? (
                            <tr className="group-row">
                              <th scope="colgroup" colSpan={4}>
                                {t(`audit.group.${group}`)}
                              </th>
                            </tr>
                          ) : null}
                          <tr>
                            <th scope="row">{labelOf(row.metric)}</th>
                            <td className="num">{formatValue(row, row.current)}</td>
                            <td className="num">
                              {row.previous === null ? t('audit.notComparable') : formatValue(row, row.previous)}
                            </td>
                            <td className="num">
                              {change === null
                                ? t('audit.notComparable')
                                : change === 0
                                  ? t('audit.noChange')
                                  : formatValue(row, change, true)}
                            </td>
                          </tr>
                        </Fragment>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {note ? (
                <p className="audit-note">
                  <Quoting text={t('audit.note', { note: note.text })} quotes={[note]} />
                </p>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
