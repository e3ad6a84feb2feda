import { Suspense } from 'react';
import { KeyFigures } from '../../features/overview/KeyFigures';
import { ResidencySection } from '../../features/residency-map/ResidencySection';
import { Quoting } from '../../components/Quoting';
import { useScopeQuote } from '../../components/useScope';
import { useI18n } from '../../i18n/I18nProvider';

/** The public landing page: key figures, then the map of where the data lives. */
export function OverviewPage() {
  const { t } = useI18n();
  const scope = useScopeQuote();
  return (
    <>
      <title>{t('overview.title', { scope: scope.text })}</title>
      <h1>
        <Quoting text={t('overview.title', { scope: scope.text })} quotes={[scope]} />
      </h1>
      <p className="lead">
        <Quoting text={t('overview.intro', { scope: scope.text })} quotes={[scope]} />
      </p>
      {/* Each section hydrates on its own, in its own task, rather than the page in one. */}
      <Suspense fallback={null}>
        <KeyFigures />
      </Suspense>
      <Suspense fallback={null}>
        <ResidencySection />
      </Suspense>
    </>
  );
}
