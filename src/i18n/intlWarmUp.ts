import type { Locale } from './locale';

/**
 * How long a page waits for the worker before it renders anyway: a little more than loading ICU's data
 * takes on the main thread with the CPU 4× slower (85–200 ms here). A worker slower than that is not
 * worth waiting for.
 */
export const WARM_UP_WAIT_MS = 300;

/**
 * Loads ICU's data for the page's language off the main thread. ICU's data is shared by every thread
 * of the page's process, so once a worker has made one formatter of each kind (intlFirstUses), the
 * main thread's first number, date and country name cost well under a millisecond instead of 25–90 ms
 * (measured in fresh Chromium pages). Resolves when the worker is done, or after WARM_UP_WAIT_MS (the
 * worker then goes on). Where no worker starts (its script fails to load, say), it resolves at once,
 * and the page loads ICU's data itself when it first formats something, as it would without a worker.
 */
export function warmUpIntlOffMainThread(locale: Locale, waitMs = WARM_UP_WAIT_MS): Promise<void> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./intlWarmUp.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    // Past the wait the page goes on, and the worker may still finish first: it is ended only once done.
    const timer = setTimeout(resolve, waitMs);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve();
    };
    worker.onmessage = finish;
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
    };
    worker.postMessage(locale);
  });
}
