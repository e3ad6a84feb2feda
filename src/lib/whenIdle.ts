/**
 * Resolves once the browser is idle, or after `timeout` ms at the latest, so that
 * background work does not run inside the tasks that show and hydrate the page.
 */
export function whenIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
