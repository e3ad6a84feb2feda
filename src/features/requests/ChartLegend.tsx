import { useI18n } from '../../i18n/I18nProvider';

/** Explains received/disclosed and the four kinds of count, with the same marks as the charts. */
export function ChartLegend({ showsShares }: { showsShares: boolean }) {
  const { t } = useI18n();
  const swatch = (className: string, dashed = false, hatch = false) => (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="legend-mark">
      {hatch ? (
        <defs>
          <pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" className="count-bar__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="count-bar__hatch-line" strokeWidth="3" />
          </pattern>
        </defs>
      ) : null}
      <rect
        x="2"
        y={className.includes('zero') ? 13 : 2}
        width="24"
        height={className.includes('zero') ? 2 : 12}
        className={className}
        fill={hatch ? 'url(#legend-hatch)' : undefined}
        strokeDasharray={dashed ? '3 2' : undefined}
      />
    </svg>
  );
  return (
    <section className="chart-legend" aria-labelledby="chart-legend-title">
      <h2 id="chart-legend-title">{t('requests.legend')}</h2>
      <ul>
        <li className="count-bar--received">
          {swatch('count-bar__known')} {t('requests.legend.received')}
        </li>
        <li className="count-bar--disclosed">
          {swatch('count-bar__known')} {t('requests.legend.disclosed')}
        </li>
        <li className="count-bar--disclosed">
          {swatch('count-bar__known count-bar__zero')} {t('requests.legend.zero')}
        </li>
        <li className="count-bar--disclosed">
          {swatch('count-bar__range', false, true)} {t('requests.legend.range')}
        </li>
        <li className="count-bar--disclosed">
          {swatch('count-bar__unknown', true)} {t('requests.legend.atLeast')}
        </li>
        <li className="count-bar--disclosed">
          {swatch('count-bar__unknown', true)} {t('requests.legend.notReported')}
        </li>
        {showsShares ? (
          <li className="count-bar--disclosed">
            <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className="legend-mark">
              <path d="M 14 1 L 21 8 L 14 15 L 7 8 Z" className="count-bar__share" />
            </svg>{' '}
            {t('requests.legend.share')}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
