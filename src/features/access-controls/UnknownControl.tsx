import { useI18n } from '../../i18n/I18nProvider';
import { useBringIntoView } from './useBringIntoView';

/** A permalink to a control the data does not have: said where the control would open, and brought into view. */
export function UnknownControl({ id }: { id: string }) {
  const { t } = useI18n();
  const panel = useBringIntoView<HTMLDivElement>(id);
  return (
    <div ref={panel} tabIndex={-1} role="alert" className="error-panel">
      <p>{t('controls.detail.notFound', { id })}</p>
    </div>
  );
}
