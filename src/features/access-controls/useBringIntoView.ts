import { useEffect, useRef } from 'react';

/**
 * A ref for what a permalink opens (a control, or the word that there is none): scrolled to the top
 * and focused when it appears, and again when `id` changes, so that the reader and a screen reader
 * land on it.
 */
export function useBringIntoView<T extends HTMLElement>(id: string) {
  const target = useRef<T>(null);
  useEffect(
    function bringIntoView() {
      target.current?.scrollIntoView?.({ block: 'start' });
      target.current?.focus({ preventScroll: true });
    },
    [id],
  );
  return target;
}
