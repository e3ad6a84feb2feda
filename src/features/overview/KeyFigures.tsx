import { QueryState } from '../../components/QueryState';
import { useKeyFigureQueries } from './useKeyFigureQueries';
import { useI18n } from '../../i18n/I18nProvider';
import { FigureCard } from './FigureCard';
import { chinaDisclosures, countByRole, countByStatus, describeChinaDisclosures } from './keyFigures';

// Cards and their loading placeholders share one height, the tallest card's, so nothing moves.
const CARD_HEIGHT = '16rem';

export function KeyFigures() {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const { meta, requests, locations, controls, scope } = useKeyFigureQueries();

  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        {t('overview.figures')}
      </h2>
      <ul className="figure-grid">
        <li>
          <QueryState query={requests} minHeight={CARD_HEIGHT}>
            {(rows) => {
              const { value, text } = describeChinaDisclosures(chinaDisclosures(rows), scope, i18n);
              return (
                <FigureCard
                  label={t('overview.chinaDisclosures.label')}
                  value={value}
                  text={text}
                  linkText={t('overview.chinaDisclosures.link')}
                  to="/requests"
                />
              );
            }}
          </QueryState>
        </li>
        <li>
          <QueryState query={locations} minHeight={CARD_HEIGHT}>
            {(items) => {
              const roles = countByRole(items);
              return (
                <FigureCard
                  label={t('overview.locations.label')}
                  value={formatNumber(roles.total)}
                  text={t('overview.locations.text', { primary: roles.primary, backup: roles.backup })}
                  linkText={t('overview.locations.link')}
                  to="/"
                  hash="#storage-locations"
                />
              );
            }}
          </QueryState>
        </li>
        <li>
          <QueryState query={controls} minHeight={CARD_HEIGHT}>
            {(items) => {
              const status = countByStatus(items);
              return (
                <FigureCard
                  label={t('overview.controls.label')}
                  value={t('overview.controls.value', { implemented: status.implemented, total: status.total })}
                  text={t('overview.controls.text', { partial: status.partial, planned: status.planned })}
                  linkText={t('overview.controls.link')}
                  to="/access-controls"
                />
              );
            }}
          </QueryState>
        </li>
        <li>
          <QueryState query={meta} minHeight={CARD_HEIGHT}>
            {(data) => (
              <FigureCard
                label={t('overview.updated.label')}
                value={formatDate(data.lastUpdated)}
                text={t('overview.updated.text', { asOf: formatDate(data.asOf), version: data.dataVersion })}
                linkText={t('overview.updated.link')}
                to="/data"
              />
            )}
          </QueryState>
        </li>
      </ul>
    </section>
  );
}
