import { QueryState, QueryStates } from '../components/QueryState';
import { Skeleton } from '../components/Skeleton';
import {
  describeHeadlineFigure,
  describeControls,
  describeLocations,
  describeUpdated,
  type KeyFigure,
} from '../features/overview/keyFigures';
import { useI18n } from '../i18n/I18nProvider';
import { Quoting } from '../components/Quoting';
import { useResource, useScopeQuote } from './useResource';
import { WidgetFooter } from './WidgetFooter';

function Figure({ label, value, text, quotes = [] }: KeyFigure) {
  return (
    <div className="widget-figure">
      <dt>
        <Quoting text={label} quotes={quotes} />
      </dt>
      <dd>
        <span className="widget-figure__value">{value}</span>
        <span className="widget-figure__text">
          <Quoting text={text} quotes={quotes} />
        </span>
      </dd>
    </div>
  );
}

/** The key-figures card: no map and no chart library. */
export function StatsView() {
  const i18n = useI18n();
  const { t } = i18n;
  const scope = useScopeQuote();
  const meta = useResource('meta');
  const requests = useResource('accessRequests');
  const categories = useResource('requestCategories');
  const locations = useResource('storageLocations');
  const controls = useResource('accessControls');
  if (scope === null) return <Skeleton minHeight="16rem" />;
  return (
    <>
      <h1 className="widget-title">
        <Quoting text={t('widget.title.stats', { scope: scope.text })} quotes={[scope]} />
      </h1>
      <dl className="widget-figures">
        <QueryStates queries={[meta, categories, requests]} minHeight="var(--widget-figure-height)">
          {([metaData, categoryList, rows]) => (
            <Figure {...describeHeadlineFigure(rows, metaData, categoryList, i18n)} />
          )}
        </QueryStates>
        <QueryState query={locations} minHeight="var(--widget-figure-height)">
          {(items) => <Figure {...describeLocations(items, i18n)} />}
        </QueryState>
        <QueryState query={controls} minHeight="var(--widget-figure-height)">
          {(items) => <Figure {...describeControls(items, i18n)} />}
        </QueryState>
        <QueryState query={meta} minHeight="var(--widget-figure-height)">
          {(data) => <Figure {...describeUpdated(data, i18n)} />}
        </QueryState>
      </dl>
      <WidgetFooter page="" />
    </>
  );
}
