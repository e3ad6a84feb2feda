import { useEffect, useState, type RefObject } from 'react';
import { RESIZE_MESSAGE_TYPE } from '../../lib/widgetParams';
import { MAX_FRAME_HEIGHT } from './embedSnippet';

/** The preview follows the same rules as the host script given to embedders. */
export function useFrameAutoHeight(frame: RefObject<HTMLIFrameElement | null>, initial: number): number {
  const [height, setHeight] = useState(initial);
  useEffect(
    function listenForWidgetHeight() {
      function onMessage(event: MessageEvent) {
        const data = event.data as { type?: unknown; height?: unknown } | null;
        if (!data || data.type !== RESIZE_MESSAGE_TYPE) return;
        if (event.source !== frame.current?.contentWindow || event.origin !== window.location.origin) return;
        const value = Number(data.height);
        if (Number.isFinite(value) && value > 0) setHeight(Math.min(Math.ceil(value), MAX_FRAME_HEIGHT));
      }
      window.addEventListener('message', onMessage);
      return function stopListening() {
        window.removeEventListener('message', onMessage);
      };
    },
    [frame],
  );
  return height;
}
