import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  id: string;
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  onDownload: () => void;
}

/** One chart with its text summary, its data table and its CSV. */
export function ChartFigure({ id, title, summary, chart, table, onDownload }: Props) {
  const { t } = useI18n();
  return (
    <section className="chart-figure" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-figure__summary" id={`${id}-summary`}>
        {summary}
      </p>
      {chart}
      <details className="chart-figure__table">
        <summary>{t('requests.table.show')}</summary>
        {table}
      </details>
      <button type="button" className="no-print" onClick={onDownload}>
        {t('requests.csv')}
      </button>
    </section>
  );
}
