export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const STORAGE_KEY = 'drd.theme';

export function isTheme(value: unknown): value is Theme {
  return themes.includes(value as Theme);
}

export function storedTheme(): Theme {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** `auto` follows the system through the CSS media query. */
export function applyTheme(theme: Theme, remember = true) {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (!remember) return;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, theme);
  } catch {
    // Blocked storage: the choice lasts for this page only.
  }
}
