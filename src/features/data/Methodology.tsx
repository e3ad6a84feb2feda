import { useDataLanguage } from '../../components/useDataLanguage';
import { parsePeriodId } from '../../api/periods';
import type { Meta, RequestCategory } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';

export function Methodology({ meta, categories }: { meta: Meta; categories: RequestCategory[] }) {
  const { t, formatDate, periodLabel } = useI18n();
  const dataLanguage = useDataLanguage();
  const granularity = parsePeriodId(meta.periods[0]?.id ?? '')?.granularity ?? 'half';
  return (
    <section aria-labelledby="methodology-title" className="methodology">
      <h2 id="methodology-title">{t('data.methodology')}</h2>
      <h3>{t('data.requesterTypes')}</h3>
      <dl>
        {categories.map((category) => (
          <div key={category.id}>
            <dt lang={dataLanguage(category, 'label')}>{category.label}</dt>
            <dd>
              <span lang={dataLanguage(category, 'description')}>{category.description}</span>
              {category.id === meta.headlineCategory ? <> {t('data.headlineCategory')}</> : null}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('data.receivedDisclosed')}</h3>
      <ul>
        <li>{t('data.received')}</li>
        <li>{t('data.disclosed')}</li>
        <li>{t('data.accounts')}</li>
      </ul>
      <h3>{t('data.countKinds')}</h3>
      <ul>
        <li>{t('data.count.exact')}</li>
        <li>{t('data.count.suppressed')}</li>
        <li>{t('data.count.band')}</li>
        <li>{t('data.count.notReported')}</li>
        <li>{t('data.count.share')}</li>
      </ul>
      <p>{t('data.count.totals')}</p>
      <h3>{t('data.storage')}</h3>
      <ul>
        <li>{t('data.storage.primary')}</li>
        <li>{t('data.storage.backup')}</li>
      </ul>
      <h3>{t('data.periods')}</h3>
      <p>
        {t(`data.periods.text.${granularity}`, { asOf: formatDate(meta.asOf), updated: formatDate(meta.lastUpdated) })}
      </p>
      <ul>
        {meta.periods.map((period) => (
          <li key={period.id}>
            {t('data.period.range', {
              label: periodLabel(period.id),
              start: formatDate(period.start),
              end: formatDate(period.end),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
