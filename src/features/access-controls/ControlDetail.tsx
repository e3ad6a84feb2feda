import { useDataLanguage, useQuoteData } from '../../components/useDataLanguage';
import { useState } from 'react';
import { Link, useAddress } from '../../lib/navigation';
import type { AccessControl } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { Quoting } from '../../components/Quoting';
import { isReviewOverdue } from './controlQuery';
import { EvidenceList } from './EvidenceList';
import { FrameworkList } from './FrameworkList';
import { useBringIntoView } from './useBringIntoView';

interface Props {
  control: AccessControl;
  asOf: string;
  search: string;
}

/** The full text of one control, opened by its permalink (#AC-07). */
export function ControlDetail({ control, asOf, search }: Props) {
  const { pathname } = useAddress();
  const { t, formatDate } = useI18n();
  const dataLanguage = useDataLanguage();
  const quote = useQuoteData();
  const headingRef = useBringIntoView<HTMLHeadingElement>(control.id);
  const [copied, setCopied] = useState(false);
  const permalink = `${window.location.origin}${window.location.pathname}#${encodeURIComponent(control.id)}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(permalink);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure context): the link is shown above to copy by hand.
      setCopied(false);
    }
  }

  return (
    <section className="control-detail" aria-labelledby="control-detail-title">
      <div className="control-detail__head">
        <h3 id="control-detail-title" ref={headingRef} tabIndex={-1}>
          <Quoting
            text={t('controls.detail.heading', { id: control.id, title: control.title })}
            quotes={[quote(control.title, control, 'title')]}
          />
        </h3>
        <div className="control-detail__actions no-print">
          <button type="button" onClick={() => void copy()}>
            {t('controls.detail.copy')}
          </button>
          <Link to={{ pathname, search, hash: '' }}>{t('controls.detail.close')}</Link>
        </div>
      </div>
      <p className="muted">
        <a href={permalink}>{permalink}</a>
      </p>
      <p role="status" className="copied-status">
        {copied ? t('controls.detail.copied') : ''}
      </p>
      <p>
        {t(`category.${control.category}`)} ·{' '}
        <span className={`status-tag status-tag--${control.status}`}>{t(`status.${control.status}`)}</span>
      </p>
      <p className="control-detail__description" lang={dataLanguage(control, 'description')}>
        {control.description}
      </p>
      <dl>
        <dt>{t('controls.detail.frameworks')}</dt>
        <dd>
          <FrameworkList mappings={control.frameworks} />
        </dd>
        <dt>{t('controls.detail.evidence')}</dt>
        <dd>
          <EvidenceList evidence={control.evidence} />
        </dd>
        <dt>{t('controls.detail.lastReviewed')}</dt>
        <dd>
          {formatDate(control.lastReviewed)}
          {isReviewOverdue(control.lastReviewed, asOf) ? (
            <span className="overdue-tag">
              {t('controls.overdueTag', {
                overdue: t('controls.overdue'),
                explained: t('controls.overdueExplained', { asOf: formatDate(asOf) }),
              })}
            </span>
          ) : null}
        </dd>
      </dl>
    </section>
  );
}
