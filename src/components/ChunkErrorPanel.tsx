import { useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useKeepFocusNearby } from './useKeepFocusNearby';

interface Props {
  onRetry: () => void;
  minHeight?: number | string;
}

/** Says that a part of the page could not load its code, with a Retry that loads it again. */
export function ChunkErrorPanel({ onRetry, minHeight }: Props) {
  const { t } = useI18n();
  const panel = useRef<HTMLDivElement>(null);
  useKeepFocusNearby(panel);
  return (
    <div style={{ minHeight }}>
      <div role="alert" className="error-panel" ref={panel}>
        <p className="error-panel__title">{t('chunk.title')}</p>
        <p>{t('chunk.body')}</p>
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      </div>
    </div>
  );
}
