import type { AccessControl, Meta } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText } from '../../lib/download';
import { controlsToCsv, controlsToJson, exportFileName } from './controlsExport';

interface Props {
  shown: AccessControl[];
  all: AccessControl[];
  meta: Meta;
}

export function ExportBar({ shown, all, meta }: Props) {
  const { t } = useI18n();
  const csv = (controls: AccessControl[], scope: 'all' | 'filtered') =>
    downloadText(exportFileName(meta, scope, 'csv'), controlsToCsv(controls, meta.asOf), 'text/csv;charset=utf-8');
  const json = (controls: AccessControl[], scope: 'all' | 'filtered') =>
    downloadText(
      exportFileName(meta, scope, 'json'),
      controlsToJson(controls, meta, window.location.href, all.length),
      'application/json',
    );

  return (
    <div className="export-bar no-print" role="group" aria-label={t('controls.export.title')}>
      <span className="export-bar__title">{t('controls.export.title')}</span>
      <button type="button" onClick={() => csv(shown, 'filtered')}>
        {t('controls.export.filteredCsv')}
      </button>
      <button type="button" onClick={() => json(shown, 'filtered')}>
        {t('controls.export.filteredJson')}
      </button>
      <button type="button" onClick={() => csv(all, 'all')}>
        {t('controls.export.allCsv')}
      </button>
      <button type="button" onClick={() => json(all, 'all')}>
        {t('controls.export.allJson')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('controls.print')}
      </button>
    </div>
  );
}
