import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { metaQuery } from '../../api/queries';
import { env } from '../../config/env';
import { WithCode } from '../../components/WithCode';
import { useI18n } from '../../i18n/I18nProvider';
import { locales } from '../../i18n/locale';
import { useIsClient } from '../../lib/useIsClient';
import { RESIZE_MESSAGE_TYPE } from '../../lib/widgetParams';
import { EmbedOptionsForm } from './EmbedOptionsForm';
import {
  defaultHeights,
  embedSnippet,
  fastestWidgetUrl,
  MAX_FRAME_HEIGHT,
  widgetPreviewPath,
  type EmbedOptions,
} from './embedSnippet';
import { useFrameTitle } from './useFrameTitle';
import { useFrameAutoHeight } from './useFrameAutoHeight';
import './embed.css';

const RESIZE_MESSAGE_EXAMPLE = `{ type: "${RESIZE_MESSAGE_TYPE}", height: <number> }`;
const CSP_EXAMPLE = 'Content-Security-Policy: frame-ancestors https://news.example';
const PERIOD_EXAMPLE = '2025-H1';

/** For other websites: choose a widget, preview it in a real iframe, copy the snippet. */
export function EmbedPage() {
  const { t, locale } = useI18n();
  const meta = useQuery(metaQuery());
  const [options, setOptions] = useState<EmbedOptions>({ view: 'stats', lang: locale, theme: 'auto', period: null });
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const frame = useRef<HTMLIFrameElement>(null);
  const codeId = useId();
  const height = useFrameAutoHeight(frame, defaultHeights[options.view]);

  const isClient = useIsClient();
  const written = { written: !env.usesExternalApi && !env.isDev };
  const previewSrc = widgetPreviewPath(env.basePath, options, written);
  // The snippet needs this site's absolute address, which only the browser knows.
  const siteBase = isClient ? new URL(env.basePath, window.location.href).href : '';
  const src = isClient ? fastestWidgetUrl(siteBase, options, written) : '';
  // The preview's frame is read on this page; the code's, on the embedding page, in the widget's language.
  const previewTitle = t('embed.frameTitle', { view: t(`embed.view.${options.view}`) });
  const snippetTitle = useFrameTitle(options.view, options.lang);
  const snippet = isClient && snippetTitle !== null ? embedSnippet(src, snippetTitle, options.view) : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <>
      <title>{t('embed.title')}</title>
      <h1>{t('embed.title')}</h1>
      <p className="lead">{t('embed.intro')}</p>
      <EmbedOptionsForm
        options={options}
        periods={meta.data?.periods.map((period) => period.id) ?? []}
        onChange={(change) => {
          setOptions((current) => ({ ...current, ...change }));
          setCopyState('idle');
        }}
      />
      <section aria-labelledby="embed-preview-title">
        <h2 id="embed-preview-title">{t('embed.preview')}</h2>
        {/* Holds the default height, so a widget that fits in less does not pull the page up. */}
        <div style={{ minHeight: defaultHeights[options.view] }}>
          <iframe
            ref={frame}
            key={previewSrc}
            src={previewSrc}
            title={previewTitle}
            className="embed-preview"
            style={{ height }}
            data-drd-widget=""
          />
        </div>
      </section>
      <section aria-labelledby="embed-code-title">
        <h2 id="embed-code-title">{t('embed.code')}</h2>
        <label htmlFor={codeId} className="visually-hidden">
          {t('embed.code')}
        </label>
        <textarea
          id={codeId}
          className="embed-code"
          readOnly
          value={snippet}
          rows={21}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <p>
          <button type="button" onClick={() => void copy()} disabled={!isClient}>
            {t('embed.copy')}
          </button>{' '}
          <span role="status">
            {copyState === 'copied' ? t('embed.copied') : copyState === 'failed' ? t('embed.copyFailed') : ''}
          </span>
        </p>
      </section>
      <section aria-labelledby="embed-notes-title">
        <h2 id="embed-notes-title">{t('embed.notes')}</h2>
        <p>{t('embed.notes.params')}</p>
        <ul>
          <li>{t('embed.notes.view')}</li>
          <li>
            <WithCode text={t('embed.notes.lang', { codes: locales.join(', ') })} code={[locales.join(', ')]} />
          </li>
          <li>{t('embed.notes.theme')}</li>
          <li>
            <WithCode text={t('embed.notes.period', { example: PERIOD_EXAMPLE })} code={[PERIOD_EXAMPLE]} />
          </li>
        </ul>
        <p>
          <WithCode
            text={t('embed.notes.message', { message: RESIZE_MESSAGE_EXAMPLE, max: MAX_FRAME_HEIGHT })}
            code={[RESIZE_MESSAGE_EXAMPLE]}
          />
        </p>
        <p>
          <WithCode text={t('embed.notes.csp', { header: CSP_EXAMPLE })} code={[CSP_EXAMPLE]} />
        </p>
      </section>
    </>
  );
}
