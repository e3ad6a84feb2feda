import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intlFirstUses } from '../../src/i18n/intlFirstUses';
import { WARM_UP_WAIT_MS, warmUpIntlOffMainThread } from '../../src/i18n/intlWarmUp';
import { locales } from '../../src/i18n/locale';

/** A stand-in for the browser's Worker: the test answers for the worker's thread. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer() {
    this.onmessage?.(new MessageEvent('message', { data: 'warm' }));
  }
  failToLoad() {
    const event = new Event('error', { cancelable: true });
    this.onerror?.(event);
    return event;
  }
}

/** Whether the promise has settled, once pending callbacks have run. */
async function isSettled(promise: Promise<void>) {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe('warmUpIntlOffMainThread', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.last = null;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks a worker to make the formatters in the page language, and goes on once it has', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmedUp = warmUpIntlOffMainThread('fr');
    const worker = FakeWorker.last!;
    expect(worker.url.pathname).toMatch(/intlWarmUp\.worker/);
    expect(worker.posted).toEqual(['fr']);
    expect(await isSettled(warmedUp)).toBe(false);
    worker.answer();
    expect(await isSettled(warmedUp)).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('does not hold the page past the wait when the worker is slow, and lets the worker finish', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmedUp = warmUpIntlOffMainThread('en');
    vi.advanceTimersByTime(WARM_UP_WAIT_MS - 1);
    expect(await isSettled(warmedUp)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await isSettled(warmedUp)).toBe(true);
    const worker = FakeWorker.last!;
    expect(worker.terminated).toBe(false);
    worker.answer();
    expect(worker.terminated).toBe(true);
  });

  it('goes on at once where no worker can start', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Workers are not allowed here', 'SecurityError');
        }
      },
    );
    expect(await isSettled(warmUpIntlOffMainThread('ar'))).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('goes on at once when the worker script fails to load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warmedUp = warmUpIntlOffMainThread('es');
    const worker = FakeWorker.last!;
    const failure = worker.failToLoad();
    // Handled here: the failure is not reported again as an uncaught error of the page.
    expect(failure.defaultPrevented).toBe(true);
    expect(await isSettled(warmedUp)).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('intlFirstUses', () => {
  it.each(locales)('makes every kind of formatter the pages use, in %s', (locale) => {
    for (const firstUse of intlFirstUses(locale)) expect(firstUse).not.toThrow();
  });
});
