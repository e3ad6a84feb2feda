import type { AccessControl } from '../../api/schemas';
import { SafeLink } from '../../components/SafeLink';
import { useI18n } from '../../i18n/I18nProvider';
import { safeHttpUrl } from '../../lib/safeUrl';

/** Evidence links. Non-http(s) references stay inert text; printed copies show every URL. */
export function EvidenceList({ evidence }: { evidence: AccessControl['evidence'] }) {
  const { t } = useI18n();
  if (evidence.length === 0) return <span className="muted">{t('controls.noEvidence')}</span>;
  return (
    <ul className="plain-list">
      {evidence.map((item, index) => {
        const url = safeHttpUrl(item.url);
        return (
          <li key={`${item.url}-${index}`}>
            <SafeLink href={item.url}>{item.label || item.url}</SafeLink>{' '}
            {url ? <span className="print-url">{url}</span> : <code className="inert-link">{item.url}</code>}
          </li>
        );
      })}
    </ul>
  );
}
