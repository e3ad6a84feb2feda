import { useTranslatedResource } from '../../components/useTranslatedResource';
import { fragmentId } from '../../lib/safeUrl';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { useAddress } from '../../lib/navigation';
import { metaQuery } from '../../api/queries';
import type { AccessControl, Meta } from '../../api/schemas';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import { ControlDetail } from './ControlDetail';
import { UnknownControl } from './UnknownControl';
import { ControlFilters } from './ControlFilters';
import { CONTROLS_PAGE_SIZE, filterControls, sortControls, type SortDirection, type SortKey } from './controlQuery';
import { ControlsPager } from './ControlsPager';
import { pageOf } from '../../lib/pages';
import { usePrinting } from '../../lib/usePrinting';
import { ControlsTable } from './ControlsTable';
import { ExportBar } from './ExportBar';
import { useControlQuery } from './useControlQuery';

function ControlsView({ controls, meta }: { controls: AccessControl[]; meta: Meta }) {
  const { t, plural, formatNumber, formatDate } = useI18n();
  const location = useAddress();
  const [query, update] = useControlQuery();
  // Sorted once per order, then filtered, which keeps the order: a keystroke costs a filter, not a sort.
  const sorted = useMemo(
    () => sortControls(controls, query.sort, query.direction),
    [controls, query.sort, query.direction],
  );
  const shown = useMemo(() => filterControls(sorted, query, meta.asOf), [sorted, query, meta.asOf]);
  // On screen, one page of the table at a time, so that each keystroke replaces at most a page of rows;
  // printed, every row that matches.
  const printing = usePrinting();
  const list = useMemo(() => pageOf(shown, query.page, CONTROLS_PAGE_SIZE), [shown, query.page]);
  const onSort = useCallback((sort: SortKey, direction: SortDirection) => update({ sort, direction }), [update]);
  const tableTop = useRef<HTMLDivElement>(null);
  const turnPage = (page: number) => {
    update({ page });
    tableTop.current?.scrollIntoView?.({ block: 'start' });
  };
  const isClient = useIsClient();
  const hashId = isClient ? fragmentId(location.hash) : '';
  const selected = hashId ? controls.find((control) => control.id === hashId) : undefined;

  return (
    <>
      {isClient ? (
        <p className="print-only">
          {t('controls.printHeader', {
            url: window.location.href,
            date: formatDate(new Date().toISOString().slice(0, 10)),
            version: meta.dataVersion,
            asOf: formatDate(meta.asOf),
          })}
        </p>
      ) : null}
      {selected ? (
        <ControlDetail key={selected.id} control={selected} asOf={meta.asOf} search={location.search} />
      ) : null}
      {hashId && !selected ? <UnknownControl id={hashId} /> : null}
      <ControlFilters query={query} onChange={update} />
      <ExportBar shown={shown} all={controls} meta={meta} />
      <p role="status" className="controls-count">
        {plural('controls.count', controls.length, {
          shown: formatNumber(shown.length),
          total: formatNumber(controls.length),
        })}
      </p>
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>{t('controls.empty')}</p>
          <button type="button" onClick={() => update('reset')}>
            {t('controls.clear')}
          </button>
        </div>
      ) : (
        <div ref={tableTop}>
          <ControlsPager list={list} onPage={turnPage} />
          <ControlsTable
            controls={printing ? shown : list.rows}
            asOf={meta.asOf}
            query={query}
            search={location.search}
            onSort={onSort}
          />
          <ControlsPager list={list} onPage={turnPage} />
        </div>
      )}
    </>
  );
}

export function ControlsSection() {
  const { t } = useI18n();
  const meta = useQuery(metaQuery());
  const controls = useTranslatedResource('accessControls');
  return (
    <section aria-labelledby="controls-title">
      <h2 id="controls-title">{t('controls.tableTitle')}</h2>
      <QueryState query={meta} minHeight="40rem">
        {(metaData) => (
          <QueryState query={controls} minHeight="40rem">
            {(list) => <ControlsView controls={list} meta={metaData} />}
          </QueryState>
        )}
      </QueryState>
    </section>
  );
}
