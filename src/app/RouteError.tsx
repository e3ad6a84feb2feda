import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Last line of defence: a render error still leaves a readable page. */
export function RouteError() {
  const { t } = useI18n();
  return (
    <main id="main" className="route-error">
      <div role="alert" className="error-panel">
        <p className="error-panel__title">{t('routeError.title')}</p>
        <p>{t('routeError.body')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.retry')}
        </button>
      </div>
    </main>
  );
}

interface Props {
  /** The page's path: the back button to another page tries again. */
  pathname: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  pathname: string;
}

/** Shows RouteError in place of the whole page when drawing it fails, or its code does not load. */
export class RouteErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
