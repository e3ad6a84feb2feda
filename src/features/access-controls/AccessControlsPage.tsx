import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../../api/queries';
import { ScopedText } from '../../components/ScopedText';
import { useI18n } from '../../i18n/I18nProvider';
import { AuditSection } from './AuditSection';
import { ControlsSection } from './ControlsSection';
import './access-controls.css';

/** For regulators: audit statistics, then every control, searchable and exportable. */
export function AccessControlsPage() {
  const { t, formatDate } = useI18n();
  const meta = useQuery(metaQuery());
  return (
    <>
      <title>{t('controls.title')}</title>
      <h1>{t('controls.title')}</h1>
      <p className="lead">
        <ScopedText message="controls.intro" />
      </p>
      <p className="as-of">
        {meta.data
          ? t('controls.asOf', { asOf: formatDate(meta.data.asOf), version: meta.data.dataVersion })
          : '\u00a0'}
      </p>
      <AuditSection />
      <ControlsSection />
    </>
  );
}
