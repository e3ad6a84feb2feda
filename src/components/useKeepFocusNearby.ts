import { useLayoutEffect, type RefObject } from 'react';

/**
 * When the element behind `ref` leaves the page while it holds focus (a failure whose Retry has
 * just succeeded), focus would fall to the document's body, and a keyboard or screen reader user
 * would start again from the top. It goes instead to the nearest of its ancestors still on the
 * page once the new content is in: usually the section it stood in for.
 */
export function useKeepFocusNearby(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = ref.current;
    return () => {
      // A layout effect's cleanup runs while the element is still in the document.
      if (!element?.contains(document.activeElement)) return;
      const ancestors: HTMLElement[] = [];
      for (let node = element.parentElement; node; node = node.parentElement) ancestors.push(node);
      setTimeout(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const kept = ancestors.find((node) => node.isConnected && node !== document.body);
        if (!kept) return;
        if (!kept.hasAttribute('tabindex')) {
          kept.tabIndex = -1;
          // Focusable for this once only: a click inside it later should not focus the whole of it.
          kept.addEventListener('blur', () => kept.removeAttribute('tabindex'), { once: true });
        }
        kept.focus({ preventScroll: true });
      });
    };
  }, [ref]);
}
