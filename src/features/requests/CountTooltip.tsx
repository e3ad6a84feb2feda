import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/namespaces';
import { barLabel } from './barLabel';
import type { BarValue } from './chartData';

export interface TooltipDatum {
  label: string;
  received?: BarValue;
  disclosed?: BarValue;
  rate?: BarValue;
}

interface Props {
  active?: boolean;
  payload?: readonly { payload?: TooltipDatum }[];
}

/** Tooltip for pointer and keyboard: the arrow keys move it (recharts' accessibility layer in the rate chart). */
export function CountTooltip({ active, payload }: Props) {
  const i18n = useI18n();
  const datum = payload?.[0]?.payload;
  if (!active || !datum) return null;
  const line = (label: MessageKey, value: string) =>
    i18n.t('requests.chart.tooltipLine', { label: i18n.t(label), value });
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{datum.label}</p>
      {datum.received ? <p>{line('requests.chart.received', barLabel(datum.received, i18n, 'long'))}</p> : null}
      {datum.disclosed ? <p>{line('requests.chart.disclosed', barLabel(datum.disclosed, i18n, 'long'))}</p> : null}
      {datum.rate ? <p>{line('requests.chart.rate', barLabel(datum.rate, i18n, 'long', 'percent'))}</p> : null}
    </div>
  );
}
