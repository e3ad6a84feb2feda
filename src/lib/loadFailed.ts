declare global {
  interface Window {
    /**
     * Set by the inline script of a built page (src/build/firstPaint.ts) or written widget view
     * (src/widget/staticWidget.ts), which carries the page's words for it: says that the page's
     * code did not finish loading, with a Retry, or keeps a written view's figures as text.
     */
    drdLoadFailed?: () => void;
  }
}

/**
 * For when the page's own code or messages fail to load after its entry has run: a prerendered
 * page would otherwise look whole but never answer. (Under the development server no inline
 * script sets it: the error is in the console.)
 */
export function reportLoadFailure(): void {
  window.drdLoadFailed?.();
}
