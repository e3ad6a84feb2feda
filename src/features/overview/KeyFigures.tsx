import { QueryState, QueryStates } from '../../components/QueryState';
import { useKeyFigureQueries } from './useKeyFigureQueries';
import { useI18n } from '../../i18n/I18nProvider';
import { FigureCard } from './FigureCard';
import { describeHeadlineFigure, describeControls, describeLocations, describeUpdated } from './keyFigures';

// Cards and their loading placeholders share one height, the tallest card's, so nothing moves.
const CARD_HEIGHT = '16rem';

export function KeyFigures() {
  const i18n = useI18n();
  const { t } = i18n;
  const { meta, requests, categories, locations, controls } = useKeyFigureQueries();

  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        {t('overview.figures')}
      </h2>
      <ul className="figure-grid">
        <li>
          <QueryStates queries={[meta, categories, requests]} minHeight={CARD_HEIGHT}>
            {([metaData, categoryList, rows]) => (
              <FigureCard
                {...describeHeadlineFigure(rows, metaData, categoryList, i18n)}
                linkText={t('overview.headline.link')}
                to="/requests"
              />
            )}
          </QueryStates>
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
