import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { accessRequestsQuery, metaQuery } from '../../api/queries';
import type { AccessRequestCount, Meta } from '../../api/schemas';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { filterRequests, periodsOf } from './aggregate';
import { ByCountrySection } from './ByCountrySection';
import { ByPeriodSection } from './ByPeriodSection';
import { ChartLegend } from './ChartLegend';
import { ChinaHeadline } from './ChinaHeadline';
import { RateSection } from './RateSection';
import { RequestFiltersForm } from './RequestFiltersForm';
import { useRequestView } from './useRequestView';
import './requests.css';

function RequestsView({ rows, meta }: { rows: AccessRequestCount[]; meta: Meta }) {
  const { t } = useI18n();
  const [view, update] = useRequestView();
  const periods = useMemo(() => periodsOf(rows), [rows]);
  const countries = useMemo(() => [...new Set(rows.map((row) => row.country))], [rows]);
  const filtered = useMemo(() => filterRequests(rows, view), [rows, view]);
  const shownPeriods = periodsOf(filtered);
  const countryPeriod = view.period && shownPeriods.includes(view.period) ? view.period : (shownPeriods.at(-1) ?? null);

  return (
    <>
      <ChinaHeadline rows={rows} scope={meta.scope} />
      <RequestFiltersForm view={view} periods={periods} countries={countries} onChange={update} />
      <ChartLegend />
      {filtered.length === 0 || !countryPeriod ? (
        <div className="empty-state">
          <p>{t('requests.empty')}</p>
          <button
            type="button"
            onClick={() => update({ from: null, to: null, types: [], country: null, period: null })}
          >
            {t('requests.filter.reset')}
          </button>
        </div>
      ) : (
        <>
          <ByPeriodSection rows={filtered} dataVersion={meta.dataVersion} />
          <ByCountrySection
            rows={filtered}
            periods={shownPeriods}
            period={countryPeriod}
            onPeriodChange={(period) => update({ period })}
            dataVersion={meta.dataVersion}
          />
          <RateSection rows={filtered} dataVersion={meta.dataVersion} />
        </>
      )}
    </>
  );
}

/** Requests for US user data, with honest zeros: charts, tables and CSV of the same figures. */
export function RequestsPage() {
  const { t } = useI18n();
  const meta = useQuery(metaQuery());
  const requests = useQuery(accessRequestsQuery());
  return (
    <>
      <title>{t('requests.title')}</title>
      <h1>{t('requests.title')}</h1>
      <p className="lead">{t('requests.intro')}</p>
      <QueryState query={meta} minHeight="50rem">
        {(metaData) => (
          <QueryState query={requests} minHeight="50rem">
            {(rows) => <RequestsView rows={rows} meta={metaData} />}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
