import { useI18n } from '../i18n/I18nProvider';

interface Props {
  /** Reserve the final height so nothing shifts when the data arrives. */
  minHeight: string;
  className?: string;
}

export function Skeleton({ minHeight, className = '' }: Props) {
  const { t } = useI18n();
  return (
    <div className={`skeleton ${className}`} style={{ minHeight }} role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loading')}</span>
    </div>
  );
}
