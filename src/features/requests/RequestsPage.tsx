import { useTranslatedResource } from '../../components/useTranslatedResource';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { accessRequestsQuery } from '../../api/queries';
import type { AccessRequestCount, Meta, RequestCategory } from '../../api/schemas';
import { isShare } from '../../api/vocabulary';
import { QueryStates } from '../../components/QueryState';
import { ScopedText } from '../../components/ScopedText';
import { useScopeQuote } from '../../components/useScope';
import { useI18n } from '../../i18n/I18nProvider';
import { filterRequests, periodsOf, totalsByPeriodAndCategory } from './aggregate';
import { ByCountrySection } from './ByCountrySection';
import { ByPeriodSection } from './ByPeriodSection';
import { preloadChartCode } from './chartCode';
import { ChartLegend } from './ChartLegend';
import { FilterStatus } from './FilterStatus';
import { Headline } from './Headline';
import { RateSection } from './RateSection';
import { RequestFiltersForm } from './RequestFiltersForm';
import { UnreportedReasons } from './UnreportedReasons';
import { knownRequestView, type IgnoredFilter, type RequestView } from './requestFilters';
import { useRequestView } from './useRequestView';
import './requests.css';

interface ViewProps {
  rows: AccessRequestCount[];
  meta: Meta;
  categories: RequestCategory[];
}

/** Says which of the address's filters the data does not have, and so are not applied. */
function IgnoredFilters({ ignored }: { ignored: IgnoredFilter[] }) {
  const { t, formatList } = useI18n();
  const names = ignored.map(({ filter, value }) => t(`requests.ignored.${filter}`, { value }));
  return (
    <p role="alert" className="ignored-filters">
      {t('requests.ignored', { filters: formatList(names) })}
    </p>
  );
}

function RequestsView({ rows, meta, categories }: ViewProps) {
  const { t } = useI18n();
  const [asked, updateAsked] = useRequestView();
  const periods = useMemo(() => periodsOf(rows), [rows]);
  const countries = useMemo(() => [...new Set(rows.map((row) => row.country))], [rows]);
  const { view, ignored } = useMemo(
    () => knownRequestView(asked, { periods, countries, categories: categories.map((category) => category.id) }),
    [asked, periods, countries, categories],
  );
  // A change writes the view as shown, so what the data lacks leaves the address too.
  const update = (change: Partial<RequestView>) => updateAsked({ ...view, ...change });
  const filtered = useMemo(() => filterRequests(rows, view), [rows, view]);
  const totals = useMemo(
    () =>
      totalsByPeriodAndCategory(
        filtered,
        categories.map((category) => category.id),
      ),
    [filtered, categories],
  );
  const shownPeriods = totals.periods;
  const countryPeriod = view.period && shownPeriods.includes(view.period) ? view.period : (shownPeriods.at(-1) ?? null);

  return (
    <>
      <Headline rows={rows} meta={meta} categories={categories} />
      {ignored.length > 0 ? <IgnoredFilters ignored={ignored} /> : null}
      <RequestFiltersForm
        view={view}
        periods={periods}
        countries={countries}
        categories={categories}
        onChange={update}
      />
      <FilterStatus view={view} shownPeriods={shownPeriods} categories={categories} />
      <ChartLegend showsShares={rows.some((row) => isShare(row.disclosed))} />
      {filtered.length === 0 || !countryPeriod ? (
        <div className="empty-state">
          <p>{t('requests.empty')}</p>
          <button
            type="button"
            onClick={() => update({ from: null, to: null, categories: [], country: null, period: null })}
          >
            {t('requests.filter.reset')}
          </button>
        </div>
      ) : (
        <>
          <ByPeriodSection rows={filtered} totals={totals} categories={categories} dataVersion={meta.dataVersion} />
          <ByCountrySection
            rows={filtered}
            periods={shownPeriods}
            period={countryPeriod}
            onPeriodChange={(period) => update({ period })}
            dataVersion={meta.dataVersion}
          />
          <RateSection totals={totals} dataVersion={meta.dataVersion} />
          <UnreportedReasons rows={filtered} categories={categories} />
        </>
      )}
    </>
  );
}

/** Requests for the data in scope, with honest zeros: charts, tables and CSV of the same figures. */
export function RequestsPage() {
  const { t } = useI18n();
  useEffect(preloadChartCode, []);
  const meta = useTranslatedResource('meta');
  const categories = useTranslatedResource('requestCategories');
  const requests = useQuery(accessRequestsQuery());
  const scope = useScopeQuote();
  return (
    <>
      <title>{t('requests.title', { scope: scope.text })}</title>
      <h1>
        <ScopedText message="requests.title" />
      </h1>
      <p className="lead">
        <ScopedText message="requests.intro" />
      </p>
      <QueryStates queries={[meta, categories, requests]} minHeight="50rem">
        {([metaData, categoryList, rows]) => <RequestsView rows={rows} meta={metaData} categories={categoryList} />}
      </QueryStates>
    </>
  );
}
