import { Suspense } from 'react';
import { KeyFigures } from '../../features/overview/KeyFigures';
import { ResidencySection } from '../../features/residency-map/ResidencySection';
import { ScopedText } from '../../components/ScopedText';
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
        <ScopedText message="overview.title" />
      </h1>
      <p className="lead">
        <ScopedText message="overview.intro" />
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
