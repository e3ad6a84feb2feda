import { useEffect } from 'react';

/** Marks the document once React has rendered (or hydrated) the page: from then on it is interactive. */
export function useMarkReady() {
  useEffect(function markDocumentReady() {
    document.documentElement.dataset.ready = 'true';
  }, []);
}
