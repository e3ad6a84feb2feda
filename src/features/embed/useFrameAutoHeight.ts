import { useEffect, useState, type RefObject } from 'react';
import { RESIZE_MESSAGE_TYPE } from '../../lib/widgetParams';
import { MAX_FRAME_HEIGHT } from './embedSnippet';

/** The height a frame's own document has, once it is more than the empty page every frame starts with. */
function loadedDocumentHeight(frame: HTMLIFrameElement | null): number | null {
  const page = frame?.contentDocument;
  if (!page || page.readyState === 'loading' || page.URL === 'about:blank') return null;
  return page.documentElement.getBoundingClientRect().height;
}

/** The preview follows the same rules as the host script given to embedders. */
export function useFrameAutoHeight(frame: RefObject<HTMLIFrameElement | null>, initial: number): number {
  const [height, setHeight] = useState(initial);
  useEffect(
    function listenForWidgetHeight() {
      const accept = (value: number) => {
        if (Number.isFinite(value) && value > 0) setHeight(Math.min(Math.ceil(value), MAX_FRAME_HEIGHT));
      };
      function onMessage(event: MessageEvent) {
        const data = event.data as { type?: unknown; height?: unknown } | null;
        if (!data || data.type !== RESIZE_MESSAGE_TYPE) return;
        if (event.source !== frame.current?.contentWindow || event.origin !== window.location.origin) return;
        accept(Number(data.height));
      }
      window.addEventListener('message', onMessage);
      // The page is written with its preview, which may have loaded and said its height before
      // anything listened: that height is read from the frame (of this origin) instead.
      const alreadyLoaded = loadedDocumentHeight(frame.current);
      if (alreadyLoaded !== null) accept(alreadyLoaded);
      return function stopListening() {
        window.removeEventListener('message', onMessage);
      };
    },
    [frame],
  );
  return height;
}
