import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAfterFirstPaint } from '../../src/build/firstPaint';

const entry = '/assets/main-test.js';
const words = { en: { failed: 'This page could not finish loading.', retry: 'Retry' } };
const started = () =>
  [...document.querySelectorAll('script[type="module"]')].map((script) => script.getAttribute('src'));

describe('the inline script that starts a built page’s modules', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    document.body.innerHTML = '<div id="root"><main>Prerendered</main></div>';
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('starts the page’s modules once the first frame is painted', () => {
    new Function(loadAfterFirstPaint([entry], words))();
    expect(started()).toEqual([]);
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
