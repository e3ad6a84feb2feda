import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { importAgain } from '../lib/importAgain';
import { ChunkErrorPanel } from './ChunkErrorPanel';

interface BoundaryProps {
  onRetry: () => void;
  minHeight?: number | string;
  children: ReactNode;
}

/** Catches a lazy component whose code failed to load, and offers to load it again. */
class ChunkBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  retry = () => {
    this.setState({ failed: false });
    this.props.onRetry();
  };

  render() {
    if (this.state.failed) return <ChunkErrorPanel onRetry={this.retry} minHeight={this.props.minHeight} />;
    return this.props.children;
  }
}

interface Placement {
  /** Shown while the code loads: the size the component will take. */
  fallback: ReactNode;
  minHeight?: number | string;
}

/**
 * React.lazy that can fail visibly and be retried: React.lazy keeps a failed import for good,
 * so Retry makes a new one (importAgain). The failure stays in its box; the rest of the page goes on.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let Current = lazy(load);
  return function RetryableLazy({ fallback, minHeight, ...props }: P & Placement) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      Current = lazy(() => importAgain(load));
      setAttempt((count) => count + 1);
    };
    return (
      <ChunkBoundary onRetry={retry} minHeight={minHeight}>
        <Suspense fallback={fallback}>
          <Current {...(props as P)} />
        </Suspense>
      </ChunkBoundary>
    );
  };
}
