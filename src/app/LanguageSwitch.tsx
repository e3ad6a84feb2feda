import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useAddress } from '../lib/navigation';
import { env } from '../config/env';
import { useIsClient } from '../lib/useIsClient';
import { useI18n } from '../i18n/I18nProvider';
import { isLocale, localeBase, localeNames, locales, type Locale } from '../i18n/locale';

/** The same page and view in another language: its own prerendered page, so it paints at once. */
function addressIn(locale: Locale, { pathname, search, hash }: { pathname: string; search: string; hash: string }) {
  const params = new URLSearchParams(search);
  params.delete('lang');
  const query = params.toString();
  return `${localeBase(env.basePath, locale)}${pathname.replace(/^\//, '')}${query ? `?${query}` : ''}${hash}`;
}

/** Keys that move a closed select's choice, and fire its change, in Chromium and Firefox on Windows and Linux. */
const browsingKey = ({ key, ctrlKey, metaKey, altKey }: KeyboardEvent) =>
  /^(Arrow|Page|Home$|End$)/.test(key) || (key.length === 1 && !ctrlKey && !metaKey && !altKey);

/** Keys that open the list, where a language is confirmed with Enter (or a click) and then opens. */
const opensList = ({ key, altKey }: KeyboardEvent) =>
  key === ' ' || key === 'F4' || (altKey && /^Arrow(Up|Down)$/.test(key));

/**
 * Another language is another page. Picked with a pointer it opens at once; browsed with the keys, it
 * opens on Enter, so that arrowing past a language does not leave the page (WCAG 3.2.2, On Input).
 */
export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const location = useAddress();
  const isClient = useIsClient();
  const hintId = useId();
  const [choice, setChoice] = useState<Locale>(locale);
  const browsing = useRef(false);

  function open(value: Locale) {
    if (value !== locale) window.location.assign(addressIn(value, location));
  }

  function change(value: string) {
    if (!isLocale(value)) return;
    setChoice(value);
    if (!browsing.current) open(value);
  }

  function keyDown(event: KeyboardEvent) {
    if (event.key === 'Enter') open(choice);
    else if (opensList(event)) browsing.current = false;
    else if (browsingKey(event)) browsing.current = true;
  }

  return (
    <>
      <label className="switch">
        <span>{t('shell.language')}</span>
        <select
          value={choice}
          disabled={!isClient}
          aria-describedby={hintId}
          onChange={(event) => change(event.target.value)}
          onKeyDown={keyDown}
          onPointerDown={() => (browsing.current = false)}
          onBlur={() => {
            // A language browsed to and left without Enter is not chosen.
            browsing.current = false;
            setChoice(locale);
          }}
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {localeNames[code]}
            </option>
          ))}
        </select>
      </label>
      {/* Outside the label, which names the select: this only describes it. */}
      <span id={hintId} className="visually-hidden">
        {t('shell.language.hint')}
      </span>
    </>
  );
}
