/** How long after its first frame a page with content waits for its first paint to be reported. */
export const FIRST_PAINT_FALLBACK_MS = 2000;

/**
 * Calls `start` once the page's first contentful paint is on screen, so that no script started
 * then competes with that paint. A frame's callbacks run before the frame reaches the screen, and
 * the screen can lag behind (a busy machine has shown it a second late), so a page with content
 * waits for the browser to report the paint, or `fallbackMs` after its first frame where it never
 * does. A page with nothing to paint yet starts after its first frame.
 *
 * Built pages write it into their inline scripts whole, so it refers to nothing outside itself.
 */
export function afterFirstPaint(
  start: () => void,
  { hasContent, fallbackMs }: { hasContent: boolean; fallbackMs: number },
): void {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    start();
  };
  const paintReported =
    hasContent &&
    typeof PerformanceObserver === 'function' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');
  if (paintReported) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(startOnce);
    }).observe({ type: 'paint', buffered: true });
  }
  requestAnimationFrame(() => setTimeout(startOnce, paintReported ? fallbackMs : 0));
}
