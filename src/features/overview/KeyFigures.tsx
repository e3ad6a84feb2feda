import { QueryState } from '../../components/QueryState';
import { useKeyFigureQueries } from './useKeyFigureQueries';
import { useI18n } from '../../i18n/I18nProvider';
import { FigureCard } from './FigureCard';
import {
  chinaDisclosures,
  describeChinaDisclosures,
  describeControls,
  describeLocations,
  describeUpdated,
} from './keyFigures';

// Cards and their loading placeholders share one height, the tallest card's, so nothing moves.
const CARD_HEIGHT = '16rem';

export function KeyFigures() {
  const i18n = useI18n();
  const { t } = i18n;
  const { meta, requests, locations, controls, scope } = useKeyFigureQueries();

  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        {t('overview.figures')}
      </h2>
      <ul className="figure-grid">
        <li>
          <QueryState query={requests} minHeight={CARD_HEIGHT}>
            {(rows) => (
              <FigureCard
                {...describeChinaDisclosures(chinaDisclosures(rows), scope, i18n)}
                linkText={t('overview.chinaDisclosures.link')}
                to="/requests"
              />
            )}
          </QueryState>
        </li>
        <li>
          <QueryState query={locations} minHeight={CARD_HEIGHT}>
            {(items) => (
              <FigureCard
                {...describeLocations(items, i18n)}
                linkText={t('overview.locations.link')}
                to="/"
                hash="#storage-locations"
              />
            )}
          </QueryState>
        </li>
        <li>
          <QueryState query={controls} minHeight={CARD_HEIGHT}>
            {(items) => (
              <FigureCard
                {...describeControls(items, i18n)}
                linkText={t('overview.controls.link')}
                to="/access-controls"
              />
            )}
          </QueryState>
        </li>
        <li>
          <QueryState query={meta} minHeight={CARD_HEIGHT}>
            {(data) => <FigureCard {...describeUpdated(data, i18n)} linkText={t('overview.updated.link')} to="/data" />}
          </QueryState>
        </li>
      </ul>
    </section>
  );
}
