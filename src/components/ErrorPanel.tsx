import { isApiError } from '../api/errors';
import { resourceKeys, resources } from '../api/resources';
import { useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/namespaces';
import { useKeepFocusNearby } from './useKeepFocusNearby';

/** Each resource's name in error messages, by the name the API client reports. */
const resourceLabels = new Map<string, MessageKey>([
  ...resourceKeys.map((key) => [resources[key].name, `resource.${key}`] as const),
  ['manifest', 'resource.manifest'],
]);

interface Props {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** Explains a failed load in plain words, with a Retry that refetches. */
export function ErrorPanel({ error, onRetry, retrying = false }: Props) {
  const { t } = useI18n();
  const panel = useRef<HTMLDivElement>(null);
  useKeepFocusNearby(panel);
  const api = isApiError(error) ? error : null;
  const resourceKey = api ? resourceLabels.get(api.resource) : undefined;
  const resource = resourceKey ? t(resourceKey) : t('resource.unknown');

  let detail: string;
  switch (api?.kind) {
    case 'network':
      detail = t('error.network');
      break;
    case 'http':
      detail = t('error.http', { status: String(api.status ?? '') });
      break;
    case 'json':
      detail = t('error.json');
      break;
    case 'schema':
      detail = t('error.schema', { field: api.field ?? '' });
      break;
    case 'timeout':
      detail = t('error.timeout');
      break;
    default:
      detail = t('error.unknown');
  }

  return (
    <div role="alert" className="error-panel" ref={panel}>
      <p className="error-panel__title">{t('error.title', { resource })}</p>
      <p>{detail}</p>
      {/* Not disabled while retrying: a disabled button loses focus, which would fall to the body. */}
      <button type="button" onClick={retrying ? undefined : onRetry} aria-disabled={retrying || undefined}>
        {retrying ? t('error.retrying') : t('error.retry')}
      </button>
    </div>
  );
}
