import { reportLoadFailure } from './lib/loadFailed';
import { languageFolderAddress, localeOfAddress } from './i18n/locale';
import { env } from './config/env';
import { warmUpIntlOffMainThread } from './i18n/intlWarmUp';
import { applyTheme, storedTheme } from './lib/theme';
import './styles/global.css';
import './styles/overview.css';
// Every page's styles are in the entry (the build puts them inline in each page), so prerendered
// HTML is laid out right at first paint, before its route's script arrives.
import './features/access-controls/access-controls.css';
import './features/data/data.css';
import './features/embed/embed.css';
import './features/requests/requests.css';

/** A task of its own: what follows is evaluated apart from what came before. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Loads the app in two steps, each evaluated in its own task (React and React DOM, then the
 * router, the query cache and the app), rather than all in one long task that blocks input.
 */
async function main() {
  const moved = languageFolderAddress(window.location, env.basePath);
  if (moved) {
    // An older ?lang= link: its page in that language is written at its own address.
    window.location.replace(moved);
    return;
  }
  applyTheme(storedTheme(), false);
  // First, so that ICU's data loads on another thread while React's code arrives.
  const intlWarmedUp = warmUpIntlOffMainThread(localeOfAddress(window.location, env.basePath));
  await import('react-dom/client');
  await nextTask();
  const { startApp } = await import('./app/start');
  await startApp(intlWarmedUp);
}

main().catch((error: unknown) => {
  reportLoadFailure();
  throw error;
});
