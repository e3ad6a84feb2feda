import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed: a view that shows part of a list on screen (one page
 * of a table) prints all of it. The change is drawn before the browser lays out the print.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(function followPrinting() {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}
