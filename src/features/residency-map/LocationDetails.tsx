import { useDataLanguage } from '../../components/useDataLanguage';
import { useQuery } from '@tanstack/react-query';
import { comparePeriodIds } from '../../api/periods';
import { locationAccessQuery } from '../../api/queries';
import type { ReplicationFlow, StorageLocation } from '../../api/schemas';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../lib/formatCount';

interface Props {
  location: StorageLocation;
  locations: StorageLocation[];
  flows: ReplicationFlow[];
  onClose: () => void;
}

export function LocationDetails({ location, locations, flows, onClose }: Props) {
  const i18n = useI18n();
  const dataLanguage = useDataLanguage();
  const { t, countryName, formatDate, formatNumber, periodLabel } = i18n;
  const nameOf = (id: string) => locations.find((item) => item.id === id)?.name ?? id;
  const outgoing = flows.filter((flow) => flow.from === location.id);
  const incoming = flows.filter((flow) => flow.to === location.id);
  const access = useQuery(locationAccessQuery());

  return (
    <section className="location-details" aria-labelledby="location-details-title">
      <div className="location-details__head">
        <h3 id="location-details-title">
          {t('location.details', { name: `${location.name}, ${countryName(location.countryCode)}` })}
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
        <dd lang={dataLanguage(location, 'dataCategories')}>{location.dataCategories.join(', ')}</dd>
        <dt>{t('location.certifications')}</dt>
        <dd>{location.certifications.join(', ')}</dd>
        <dt>{t('location.encryption')}</dt>
        <dd>
          <ul className="plain-list">
            <li>{t('location.encryption.atRest', { value: location.encryption.atRest })}</li>
            <li>{t('location.encryption.inTransit', { value: location.encryption.inTransit })}</li>
            <li>{t('location.encryption.keys', { value: location.encryption.keyManagement })}</li>
          </ul>
        </dd>
        <dt>{t('location.since')}</dt>
        <dd>{formatDate(location.since)}</dd>
        <dt>{t('location.coordinates')}</dt>
        <dd>
          {formatNumber(location.coordinates.lat, { maximumFractionDigits: 2 })},{' '}
          {formatNumber(location.coordinates.lon, { maximumFractionDigits: 2 })}
        </dd>
        <dt>{t('location.replication')}</dt>
        <dd>
          <ul className="plain-list">
            {outgoing.map((flow) => (
              <li key={flow.id}>
                {t('location.replicatesTo', { name: nameOf(flow.to), mode: t(`replication.${flow.mode}`) })}{' '}
                <span lang={dataLanguage(flow, 'description')}>{flow.description}</span>
              </li>
            ))}
            {incoming.map((flow) => (
              <li key={flow.id}>
                {t('location.replicatesFrom', { name: nameOf(flow.from), mode: t(`replication.${flow.mode}`) })}
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
                      {periodLabel(entry.period)}: <strong>{formatCount(entry.approved, i18n)}</strong>
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
