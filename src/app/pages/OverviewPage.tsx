import { KeyFigures } from '../../features/overview/KeyFigures';
import { ResidencySection } from '../../features/residency-map/ResidencySection';
import { useI18n } from '../../i18n/I18nProvider';

/** The public landing page: key figures, then the map of where the data lives. */
export function OverviewPage() {
  const { t } = useI18n();
  return (
    <>
      <title>{t('overview.title')}</title>
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.intro')}</p>
      <KeyFigures />
      <ResidencySection />
    </>
  );
}
