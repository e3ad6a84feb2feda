import { useCallback, useEffect, useState } from 'react';

/**
 * True once the element given to the returned ref comes within `margin` of the viewport (in the
 * next task where there is no IntersectionObserver), and from then on: heavy parts of a page (the
 * map) load only for a reader who is about to see them. The element may appear after the first render.
 */
export function useNearViewport(margin = '200px 0px'): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [near, setNear] = useState(false);
  const ref = useCallback((node: Element | null) => setElement(node), []);
  useEffect(
    function watchForViewport() {
      if (near || !element) return;
      if (typeof IntersectionObserver !== 'function') {
        const timer = setTimeout(() => setNear(true), 0);
        return () => clearTimeout(timer);
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setNear(true);
        },
        { rootMargin: margin },
      );
      observer.observe(element);
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [element, near, margin],
  );
  return [ref, near];
}
