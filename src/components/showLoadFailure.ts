import { bootMessages } from '../i18n/bootMessages';
import type { Locale } from '../i18n/locale';

/**
 * Says so when the page's own code or messages fail to load: a prerendered page would otherwise
 * look whole but never answer, and any other page would stay blank. Retry loads the page again.
 */
export function showLoadFailure(locale: Locale) {
  const words = bootMessages[locale];
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
