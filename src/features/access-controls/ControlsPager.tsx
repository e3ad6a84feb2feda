import type { ListPage } from '../../lib/pages';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  list: ListPage<unknown>;
  onPage: (page: number) => void;
}

/** Previous and next page of the controls table, and where the reader is in it. */
export function ControlsPager({ list, onPage }: Props) {
  const { t, formatNumber } = useI18n();
  if (list.pageCount <= 1) return null;
  return (
    <nav className="controls-pager no-print" aria-label={t('controls.pages')}>
      <button type="button" disabled={list.page <= 1} onClick={() => onPage(list.page - 1)}>
        {t('controls.pages.previous')}
      </button>
      <p aria-live="polite">
        {t('controls.pages.range', {
          first: formatNumber(list.first),
          last: formatNumber(list.last),
          total: formatNumber(list.total),
          page: formatNumber(list.page),
          pages: formatNumber(list.pageCount),
        })}
      </p>
      <button type="button" disabled={list.page >= list.pageCount} onClick={() => onPage(list.page + 1)}>
        {t('controls.pages.next')}
      </button>
    </nav>
  );
}
