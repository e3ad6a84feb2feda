import { useDataLanguage } from '../../components/useDataLanguage';
import type { StorageLocation } from '../../api/schemas';
import { Quoting } from '../../components/Quoting';
import { useI18n } from '../../i18n/I18nProvider';
import { dataList, placeName } from './locationName';

interface Props {
  locations: StorageLocation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The map's data as a table, for readers who do not use the map. */
export function LocationList({ locations, selectedId, onSelect }: Props) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const dataLanguage = useDataLanguage();
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('table.region', { name: t('map.listTitle') })}
    >
      <table>
        <caption>{t('map.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('location.col.name')}</th>
            <th scope="col">{t('location.col.role')}</th>
            <th scope="col">{t('location.col.provider')}</th>
            <th scope="col">{t('location.col.categories')}</th>
            <th scope="col">{t('location.col.since')}</th>
          </tr>
        </thead>
        <tbody>
          {locations.map((location) => {
            const selected = location.id === selectedId;
            return (
              <tr key={location.id} className={selected ? 'is-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={selected}
                    onClick={() => onSelect(location.id)}
                  >
                    <Quoting {...placeName(location, i18n)} />
                  </button>
                </th>
                <td>
                  <span className={`role-tag role-tag--${location.role}`}>{t(`roleShort.${location.role}`)}</span>
                </td>
                <td lang={dataLanguage(location, 'provider')}>{location.provider}</td>
                <td lang={dataLanguage(location, 'dataCategories')}>
                  {dataList(location.dataCategories, dataLanguage(location, 'dataCategories'), i18n)}
                </td>
                <td>{formatDate(location.since, 'medium')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
