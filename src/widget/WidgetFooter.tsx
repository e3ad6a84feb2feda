import { dataOf } from '../lib/fetchCache';
import { useResource } from './useResource';
import { useI18n } from '../i18n/I18nProvider';
import { FullReportLink } from './FullReportLink';

interface Props {
  page: string;
  params?: Record<string, string>;
}

/**
 * The link to the full report and the source line. Views render it after
 * their content, so it appears once and never moves while data arrives.
 */
export function WidgetFooter({ page, params }: Props) {
  const { t } = useI18n();
  const meta = dataOf(useResource('meta'));
  return (
    <>
      <FullReportLink page={page} params={params} />
      <p className="widget-source">
        {meta ? (
          <>
            {t('widget.source', { org: meta.organisation.name, version: meta.dataVersion })}{' '}
            {meta.sample.isSample ? <strong>{t('shell.sampleData')}</strong> : null}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
    </>
  );
}
