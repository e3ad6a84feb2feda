import { Quoting } from '../../components/Quoting';
import { useDataLanguage, useQuoteData } from '../../components/useDataLanguage';
import { useQuery } from '@tanstack/react-query';
import { comparePeriodIds } from '../../api/periods';
import { locationAccessQuery } from '../../api/queries';
import type { ReplicationFlow, StorageLocation } from '../../api/schemas';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/namespaces';
import type { DataQuote } from '../../lib/dataText';
import { formatCount } from '../../lib/formatCount';
import { dataList, placeName } from './locationName';

interface Props {
  location: StorageLocation;
  locations: StorageLocation[];
  flows: ReplicationFlow[];
  onClose: () => void;
}

export default function LocationDetails({ location, locations, flows, onClose }: Props) {
  const i18n = useI18n();
  const dataLanguage = useDataLanguage();
  const { t, formatDate, formatNumber, periodLabel } = i18n;
  const place = placeName(location, i18n);
  const quoteData = useQuoteData();
  /** Another place, by its name, quoted from the data. */
  const nameOf = (id: string): DataQuote => {
    const other = locations.find((item) => item.id === id);
    return quoteData(other?.name ?? id, other, 'name');
  };
  const encryption = (key: MessageKey, part: keyof StorageLocation['encryption']) => {
    const value = quoteData(location.encryption[part], location, `encryption.${part}`);
    return <Quoting text={t(key, { value: value.text })} quotes={[value]} />;
  };
  const outgoing = flows.filter((flow) => flow.from === location.id);
  const incoming = flows.filter((flow) => flow.to === location.id);
  const access = useQuery(locationAccessQuery());

  return (
    <section className="location-details" aria-labelledby="location-details-title">
      <div className="location-details__head">
        <h3 id="location-details-title">
          <Quoting text={t('location.details', { name: place.text })} quotes={place.quotes} />
        </h3>
        <button type="button" onClick={onClose}>
          {t('location.close')}
        </button>
      </div>
      <p>
        <span className={`role-tag role-tag--${location.role}`}>{t(`roleShort.${location.role}`)}</span>
      </p>
      <dl>
        <dt>{t('location.provider')}</dt>
        <dd lang={dataLanguage(location, 'provider')}>{location.provider}</dd>
        <dt>{t('location.categories')}</dt>
        <dd lang={dataLanguage(location, 'dataCategories')}>
          {dataList(location.dataCategories, dataLanguage(location, 'dataCategories'), i18n)}
        </dd>
        <dt>{t('location.certifications')}</dt>
        <dd>{i18n.formatList(location.certifications)}</dd>
        <dt>{t('location.encryption')}</dt>
        <dd>
          <ul className="plain-list">
            <li>{encryption('location.encryption.atRest', 'atRest')}</li>
            <li>{encryption('location.encryption.inTransit', 'inTransit')}</li>
            <li>{encryption('location.encryption.keys', 'keyManagement')}</li>
          </ul>
        </dd>
        <dt>{t('location.since')}</dt>
        <dd>{formatDate(location.since)}</dd>
        <dt>{t('location.coordinates')}</dt>
        <dd>
          {t('location.coordinates.value', {
            lat: formatNumber(location.coordinates.lat, { maximumFractionDigits: 2 }),
            lon: formatNumber(location.coordinates.lon, { maximumFractionDigits: 2 }),
          })}
        </dd>
        <dt>{t('location.replication')}</dt>
        <dd>
          <ul className="plain-list">
            {outgoing.map((flow) => (
              <li key={flow.id}>
                <Quoting
                  text={t('location.replicatesTo', { name: nameOf(flow.to).text, mode: t(`replication.${flow.mode}`) })}
                  quotes={[nameOf(flow.to)]}
                />{' '}
                <span lang={dataLanguage(flow, 'description')}>{flow.description}</span>
              </li>
            ))}
            {incoming.map((flow) => (
              <li key={flow.id}>
                <Quoting
                  text={t('location.replicatesFrom', {
                    name: nameOf(flow.from).text,
                    mode: t(`replication.${flow.mode}`),
                  })}
                  quotes={[nameOf(flow.from)]}
                />
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('location.access')}</dt>
        <dd>
          <QueryState query={access} minHeight="3rem">
            {(rows) => {
              const here = rows
                .filter((row) => row.location === location.id)
                .sort((a, b) => comparePeriodIds(a.period, b.period));
              if (here.length === 0) return t('location.access.none');
              return (
                <ul className="plain-list">
                  {here.map((entry) => (
                    <li key={entry.period}>
                      {t('location.access.period', { period: periodLabel(entry.period) })}
                      <strong>{formatCount(entry.approved, i18n)}</strong>
                      {entry.approved.kind === 'notReported' && entry.approved.reason !== undefined ? (
                        <>
                          {' '}
                          <Quoting
                            text={t('location.access.reason', { reason: entry.approved.reason })}
                            quotes={[quoteData(entry.approved.reason, entry.approved, 'reason')]}
                          />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              );
            }}
          </QueryState>
        </dd>
      </dl>
    </section>
  );
}
