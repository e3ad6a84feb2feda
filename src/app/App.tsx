import type { I18nStore } from '../i18n/I18nStore';
import { useAddress } from '../lib/navigation';
import { PageOutlet } from './router';
import { RouteErrorBoundary } from './RouteError';
import { Shell } from './Shell';

/** The dashboard inside its router: the shell, and the page at the address. */
export function App({ i18n }: { i18n: I18nStore }) {
  const { pathname } = useAddress();
  return (
    <RouteErrorBoundary pathname={pathname}>
      <Shell>
        <PageOutlet i18n={i18n} />
      </Shell>
    </RouteErrorBoundary>
  );
}
