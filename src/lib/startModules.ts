/**
 * Adds a built page's module scripts once its first frame is painted, so that none competes with
 * the HTML for it; `onError` hears of one that does not arrive (or whose imports do not). Written
 * whole into the pages' inline scripts, so it refers to nothing outside itself.
 */
export function startModulesAfterFirstFrame(sources: string[], onError: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      for (const src of sources) {
        const script = document.createElement('script');
        script.type = 'module';
        script.crossOrigin = '';
        script.src = src;
        script.addEventListener('error', onError);
        document.body.appendChild(script);
      }
    }),
  );
}
