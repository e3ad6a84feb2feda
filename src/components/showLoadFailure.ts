import { bootMessages, type BootWords } from '../i18n/bootMessages';
import type { Locale } from '../i18n/locale';

/**
 * Says so when the page's own code or messages fail to load: a prerendered page would otherwise
 * look whole but never answer, and any other page would stay blank. Retry loads the page again.
 */
export function showLoadFailure(locale: Locale) {
  showLoadFailureWith(bootMessages[locale]);
}

/**
 * The alert itself, once a page. The build also writes it into each page's inline loader, for when
 * the entry script cannot load at all, so it refers to nothing outside itself.
 */
export function showLoadFailureWith(words: BootWords): void {
  if (document.querySelector('.boot-failure')) return;
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'error-panel boot-failure';
  const text = document.createElement('p');
  text.textContent = words.failed;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = words.retry;
  retry.addEventListener('click', () => window.location.reload());
  alert.append(text, retry);
  document.body.prepend(alert);
}
