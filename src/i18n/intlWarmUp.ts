import { intlFirstUses } from './intlFirstUses';
import type { Locale } from './locale';

/**
 * How long a page waits for the worker before it hydrates anyway: about what loading ICU's data takes
 * on the main thread of a slow phone, so that waiting never costs more than the work it saves.
 */
export const WARM_UP_WAIT_MS = 300;

/** Where there is no worker: each first use in a task of its own, not in the one that hydrates the page. */
function warmUpOnMainThread(locale: Locale) {
  for (const firstUse of intlFirstUses(locale)) setTimeout(firstUse, 0);
}

/**
 * Loads ICU's data for the page's language off the main thread. ICU's data is shared by every thread
 * of the page's process, so once a worker has made one formatter of each kind, the main thread's first
 * number, date and country name cost well under a millisecond instead of 25–60 ms (measured in
 * Chromium). Resolves when the worker is done, or after WARM_UP_WAIT_MS (the worker then goes on); where no worker can start
 * (its script fails to load, say), the main thread makes the formatters, each in a task of its own.
 */
export function warmUpIntlOffMainThread(locale: Locale, waitMs = WARM_UP_WAIT_MS): Promise<void> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./intlWarmUp.worker.ts', import.meta.url), { type: 'module', name: 'intl-warm-up' });
  } catch {
    warmUpOnMainThread(locale);
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
      warmUpOnMainThread(locale);
      finish();
    };
    worker.postMessage(locale);
  });
}
