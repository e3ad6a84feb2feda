import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of a chart's box in whole px, read before the browser paints and followed as the box
 * resizes (a window turned, a page printed); 0 until read, and where nothing lays the page out.
 */
export function useChartWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(function followWidth() {
    const element = box.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, width];
}
