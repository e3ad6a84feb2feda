import type { ReactNode } from 'react';
import { QueryState } from '../components/QueryState';
import { Skeleton } from '../components/Skeleton';
import {
  chinaDisclosures,
  countByRole,
  countByStatus,
  describeChinaDisclosures,
} from '../features/overview/keyFigures';
import { useI18n } from '../i18n/I18nProvider';
import { useResource, useScope } from './useResource';
import { WidgetFooter } from './WidgetFooter';

function Figure({ label, value, text }: { label: string; value: ReactNode; text: ReactNode }) {
  return (
    <div className="widget-figure">
      <dt>{label}</dt>
      <dd>
        <span className="widget-figure__value">{value}</span>
        <span className="widget-figure__text">{text}</span>
      </dd>
    </div>
  );
}

/** The key-figures card: no map and no chart library. */
export function StatsView() {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const scope = useScope();
  const meta = useResource('meta');
  const requests = useResource('accessRequests');
  const locations = useResource('storageLocations');
  const controls = useResource('accessControls');
  if (scope === null) return <Skeleton minHeight="16rem" />;
  return (
    <>
      <h1 className="widget-title">{t('widget.title.stats', { scope })}</h1>
      <dl className="widget-figures">
        <QueryState query={requests} minHeight="var(--widget-figure-height)">
          {(rows) => {
            const { value, text } = describeChinaDisclosures(chinaDisclosures(rows), scope, i18n);
            return <Figure label={t('overview.chinaDisclosures.label')} value={value} text={text} />;
          }}
        </QueryState>
        <QueryState query={locations} minHeight="var(--widget-figure-height)">
          {(items) => {
            const roles = countByRole(items);
            return (
              <Figure
                label={t('overview.locations.label')}
                value={formatNumber(roles.total)}
                text={t('overview.locations.text', { primary: roles.primary, backup: roles.backup })}
              />
            );
          }}
        </QueryState>
        <QueryState query={controls} minHeight="var(--widget-figure-height)">
          {(items) => {
            const status = countByStatus(items);
            return (
              <Figure
                label={t('overview.controls.label')}
                value={t('overview.controls.value', { implemented: status.implemented, total: status.total })}
                text={t('overview.controls.text', { partial: status.partial, planned: status.planned })}
              />
            );
          }}
        </QueryState>
        <QueryState query={meta} minHeight="var(--widget-figure-height)">
          {(data) => (
            <Figure
              label={t('overview.updated.label')}
              value={formatDate(data.lastUpdated)}
              text={t('overview.updated.text', { asOf: formatDate(data.asOf), version: data.dataVersion })}
            />
          )}
        </QueryState>
      </dl>
      <WidgetFooter page="" />
    </>
  );
}
