import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { barLabel } from './barLabel';
import type { BarValue } from './chartData';

export interface CountTableRow {
  key: string;
  header: ReactNode[];
  values: BarValue[];
}

interface Props {
  caption: string;
  headers: string[];
  valueHeaders: string[];
  rows: CountTableRow[];
  unit?: 'count' | 'percent';
}

/** The data behind a chart, with each figure in words ("fewer than 5", "not reported"). */
export function CountTable({ caption, headers, valueHeaders, rows, unit = 'count' }: Props) {
  const i18n = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={i18n.t('table.region', { name: caption })}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
            {valueHeaders.map((header) => (
              <th key={header} scope="col" className="num">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.header.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
              {row.values.map((value, index) => (
                <td key={index} className={`num count-cell count-cell--${value.kind}`}>
                  {barLabel(value, i18n, 'long', unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
