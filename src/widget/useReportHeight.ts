import { useEffect } from 'react';
import { RESIZE_MESSAGE_TYPE, type ResizeMessage } from '../lib/widgetParams';

/** Tells the embedding page how tall the widget's content is, whenever that changes. */
export function useReportHeight() {
  useEffect(function postHeightToParent() {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, height };
      // Only a height is sent, so any parent may read it.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return function stopReporting() {
      observer.disconnect();
    };
  }, []);
}
