import { render, screen, waitFor } from '@testing-library/react';
import { Suspense, use, useEffect, useLayoutEffect, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIsClient } from '../../src/lib/useIsClient';

const react = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

function Probe({ name, onEffect, onCommit }: { name: string; onEffect?: () => void; onCommit?: () => void }) {
  const isClient = useIsClient();
  useEffect(() => onEffect?.(), [onEffect]);
  useLayoutEffect(() => {
    onCommit?.();
  });
  return <p>{`${name}: ${isClient ? 'browser' : 'as written'}`}</p>;
}

/**
 * Writes `written` as the build does, then hydrates `hydrated` over it as the page does, without act(),
 * which would flush every update at once.
 */
function hydrateWritten(written: ReactElement, hydrated = written) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(written);
  document.body.append(container);
  const onRecoverableError = vi.fn();
  const root: Root = hydrateRoot(container, hydrated, { onRecoverableError });
  return { container, onRecoverableError, root };
}

describe('useIsClient', () => {
  let actEnvironment: boolean | undefined;
  beforeEach(() => {
    actEnvironment = react.IS_REACT_ACT_ENVIRONMENT;
    react.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    react.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    document.body.replaceChildren();
  });

  it('is true at once in a tree rendered afresh', () => {
    react.IS_REACT_ACT_ENVIRONMENT = true;
    render(<Probe name="a" />);
    expect(screen.getByText('a: browser')).toBeInTheDocument();
  });

  it('hydrates what the server wrote, then switches in a later task than hydration’s effects', async () => {
    // What a microtask queued by hydration's effects sees: a switch made in their task (as a store
    // differing from its server snapshot forces) would already show, and block the browser with them.
    let resolveSeen: (text: string | null) => void = () => {};
    const seenAfterEffects = new Promise<string | null>((resolve) => (resolveSeen = resolve));
    const onEffect = () => queueMicrotask(() => resolveSeen(document.body.textContent));
    const { container, onRecoverableError, root } = hydrateWritten(<Probe name="a" onEffect={onEffect} />);
    expect(container.textContent).toBe('a: as written');
    expect(await seenAfterEffects).toBe('a: as written');
    await waitFor(() => expect(container.textContent).toBe('a: browser'));
    expect(onRecoverableError).not.toHaveBeenCalled();
    root.unmount();
  });

  it('switches one component a commit, so that no one task redraws them all', async () => {
    const commits: string[] = [];
    const onCommit = () => commits.push(document.body.textContent ?? '');
    const { container, root } = hydrateWritten(
      <>
        <Probe name="a" onCommit={onCommit} />
        <Probe name="b" onCommit={onCommit} />
        <Probe name="c" onCommit={onCommit} />
      </>,
    );
    await waitFor(() => expect(container.textContent).toBe('a: browserb: browserc: browser'));
    // Each layout effect sees its own commit: hydration's, then one component's switch after another.
    expect([...new Set(commits)]).toEqual([
      'a: as writtenb: as writtenc: as written',
      'a: browserb: as writtenc: as written',
      'a: browserb: browserc: as written',
      'a: browserb: browserc: browser',
    ]);
    root.unmount();
  });

  it('hydrates a Suspense boundary that hydrates after the rest of the page as written', async () => {
    function Later({ ready }: { ready: Promise<void> }) {
      use(ready);
      return <Probe name="later" />;
    }
    const page = (ready: Promise<void>) => (
      <>
        <Probe name="now" />
        <Suspense fallback={null}>
          <Later ready={ready} />
        </Suspense>
      </>
    );
    const written = Object.assign(Promise.resolve(), { status: 'fulfilled' as const, value: undefined });
    let arrive = () => {};
    const arriving = new Promise<void>((resolve) => (arrive = resolve));
    const { container, onRecoverableError, root } = hydrateWritten(page(written), page(arriving));
    await waitFor(() => expect(container.textContent).toBe('now: browserlater: as written'));
    arrive();
    await waitFor(() => expect(container.textContent).toBe('now: browserlater: browser'));
    expect(onRecoverableError).not.toHaveBeenCalled();
    root.unmount();
  });
});
