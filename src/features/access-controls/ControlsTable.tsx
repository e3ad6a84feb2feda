import { useDataLanguage } from '../../components/useDataLanguage';
import { memo, type MouseEvent } from 'react';
import { useAddress, useHref, useNavigate } from '../../lib/navigation';
import type { AccessControl } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/namespaces';
import { isReviewOverdue, sortKeys, type ControlQuery, type SortKey } from './controlQuery';
import { EvidenceList } from './EvidenceList';
import { FrameworkList } from './FrameworkList';

interface Props {
  controls: readonly AccessControl[];
  asOf: string;
  query: ControlQuery;
  onSort: (sort: SortKey, direction: ControlQuery['direction']) => void;
  search: string;
}

const columnLabels: Record<SortKey, MessageKey> = {
  id: 'controls.col.id',
  title: 'controls.col.title',
  category: 'controls.col.category',
  status: 'controls.col.status',
  frameworks: 'controls.col.frameworks',
  lastReviewed: 'controls.col.lastReviewed',
  evidence: 'controls.col.evidence',
};

/** Memoized: while the reader types, the table keeps its rows until the filtered list is ready. */
export const ControlsTable = memo(function ControlsTable({ controls, asOf, query, onSort, search }: Props) {
  // This page's own address (with its trailing slash), not the route's: permalinks then answer at once.
  const { pathname } = useAddress();
  const { t, formatDate } = useI18n();
  const dataLanguage = useDataLanguage();
  const pageHref = useHref({ pathname, search });
  const navigate = useNavigate();
  // One handler for every permalink in the table, rather than a router Link in each row: a new
  // page of rows then costs half as much to draw as the reader types.
  const followPermalink = (event: MouseEvent<HTMLTableSectionElement>) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-permalink]');
    const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!link || !plainClick) return;
    event.preventDefault();
    navigate({ pathname, search, hash: link.dataset.permalink });
  };
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('table.region', { name: t('controls.tableTitle') })}
    >
      <table className="controls-table">
        <caption>{t('controls.tableTitle')}</caption>
        <thead>
          <tr>
            {sortKeys.map((key) => {
              const active = query.sort === key;
              const nextDirection = active && query.direction === 'asc' ? 'desc' : 'asc';
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(key, nextDirection)}
                    aria-label={t('controls.sortBy', { column: t(columnLabels[key]) })}
                  >
                    {t(columnLabels[key])}
                    <span aria-hidden="true" className="sort-indicator">
                      {active ? (query.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onClick={followPermalink}>
          {controls.map((control) => {
            const overdue = isReviewOverdue(control.lastReviewed, asOf);
            return (
              <tr key={control.id} data-control-id={control.id}>
                <th scope="row" className="short-label">
                  <a
                    href={`${pageHref}#${encodeURIComponent(control.id)}`}
                    data-permalink={control.id}
                    aria-label={t('controls.permalink', { id: control.id })}
                  >
                    {control.id}
                  </a>
                </th>
                <td lang={dataLanguage(control, 'title')}>{control.title}</td>
                <td>{t(`category.${control.category}`)}</td>
                <td>
                  <span className={`status-tag status-tag--${control.status}`}>{t(`status.${control.status}`)}</span>
                </td>
                <td>
                  <FrameworkList mappings={control.frameworks} />
                </td>
                <td>
                  <span className="nowrap">{formatDate(control.lastReviewed, 'medium')}</span>
                  {overdue ? (
                    <span className="overdue-tag" title={t('controls.overdueExplained', { asOf: formatDate(asOf) })}>
                      {t('controls.overdue')}
                    </span>
                  ) : null}
                </td>
                <td>
                  <EvidenceList evidence={control.evidence} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
