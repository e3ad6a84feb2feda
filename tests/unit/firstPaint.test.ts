import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAfterFirstPaint } from '../../src/build/firstPaint';
import { FIRST_PAINT_FALLBACK_MS } from '../../src/lib/afterFirstPaint';

const entry = '/assets/main-test.js';
const words = { en: { failed: 'This page could not finish loading.', retry: 'Retry' } };
const started = () =>
  [...document.querySelectorAll('script[type="module"]')].map((script) => script.getAttribute('src'));

/** A PerformanceObserver that reports paint and lets the test say when the first contentful paint comes. */
function paintObserver() {
  let report: (() => void) | null = null;
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(
      private callback: (list: { getEntriesByName: (name: string) => unknown[] }, observer: FakeObserver) => void,
    ) {}
    observe() {
      report = () =>
        this.callback({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }, this);
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { firstContentfulPaint: () => report?.() };
}

describe('the inline script that starts a built page’s modules', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    document.body.innerHTML = '<div id="root"><main>Prerendered</main></div>';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('waits, on a page with content, for its first contentful paint rather than its first frame', () => {
    const paint = paintObserver();
    new Function(loadAfterFirstPaint([entry], words))();
    vi.advanceTimersByTime(100);
    expect(started()).toEqual([]);
    paint.firstContentfulPaint();
    vi.advanceTimersByTime(1);
    expect(started()).toEqual([entry]);
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS);
    expect(started()).toEqual([entry]);
  });

  it('starts anyway when no paint is reported, some time after the first frame', () => {
    paintObserver();
    new Function(loadAfterFirstPaint([entry], words))();
    vi.advanceTimersByTime(FIRST_PAINT_FALLBACK_MS - 100);
    expect(started()).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(started()).toEqual([entry]);
  });

  it('starts after the first frame on a page with nothing to paint, which no paint would ever be reported for', () => {
    paintObserver();
    document.body.innerHTML = '<div id="root"></div>';
    new Function(loadAfterFirstPaint([entry], words))();
    vi.advanceTimersByTime(20);
    expect(started()).toEqual([entry]);
  });

  it('speaks the language of the address where it carries several (404.html)', () => {
    window.history.replaceState(null, '', '/fr/pas-de-page');
    document.body.innerHTML = '<div id="root"></div>';
    const both = { ...words, fr: { failed: 'Cette page n’a pas pu finir de se charger.', retry: 'Réessayer' } };
    new Function(loadAfterFirstPaint([entry], both))();
    vi.advanceTimersByTime(20);
    document.querySelector('script')!.dispatchEvent(new Event('error'));
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert).toHaveTextContent('Cette page n’a pas pu finir de se charger.');
    expect(alert).toHaveAttribute('lang', 'fr');
    window.history.replaceState(null, '', '/');
  });

  it('shows the page’s load failure, once, when its entry does not arrive', () => {
    document.body.innerHTML = '<div id="root"></div>';
    new Function(loadAfterFirstPaint([entry, '/assets/other.js'], words))();
    vi.advanceTimersByTime(20);
    for (const script of document.querySelectorAll('script')) script.dispatchEvent(new Event('error'));
    const alerts = document.querySelectorAll('[role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('This page could not finish loading.');
    expect(alerts[0]!.querySelector('button')).toHaveTextContent('Retry');
  });
});
