import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../../api/queries';
import { KeyFigures } from '../../features/overview/KeyFigures';
import { ResidencySection } from '../../features/residency-map/ResidencySection';
import { useI18n } from '../../i18n/I18nProvider';

/** The public landing page: key figures, then the map of where the data lives. */
export function OverviewPage() {
  const { t } = useI18n();
  const meta = useQuery(metaQuery());
  return (
    <>
      <title>{t('overview.title')}</title>
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.intro', { scope: meta.data?.scope ?? t('shell.defaultScope') })}</p>
      <KeyFigures />
      <ResidencySection />
    </>
  );
}
