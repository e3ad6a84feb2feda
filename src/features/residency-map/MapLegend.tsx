import { useI18n } from '../../i18n/I18nProvider';

export function MapLegend() {
  const { t } = useI18n();
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t('map.legend')}</p>
      <ul>
        <li>
          <span className="legend-swatch marker-dot marker-dot--primary" aria-hidden="true" />
          {t('map.legend.primary')}
        </li>
        <li>
          <span className="legend-swatch marker-dot marker-dot--backup" aria-hidden="true" />
          {t('map.legend.backup')}
        </li>
        <li>
          <svg className="legend-swatch" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
            <line x1="1" y1="6" x2="20" y2="6" className="legend-flow-line" />
            <path d="M27 6 L18 1 L18 11 Z" className="legend-flow-arrow" />
          </svg>
          {t('map.legend.flow')}
        </li>
      </ul>
    </div>
  );
}
