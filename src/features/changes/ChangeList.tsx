import { Fragment, useMemo } from 'react';
import { Link } from '../../lib/navigation';
import {
  changeKinds,
  changeResources,
  compareVersions,
  countByKind,
  type Change,
  type ChangeResource,
} from '../../api/versionChanges';
import { Quote } from '../../components/Quoting';
import { SelectField } from '../../components/SelectField';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/namespaces';
import { pageLink } from '../../lib/pageLink';
import { downloadText } from '../../lib/download';
import { pick } from '../../lib/pick';
import { useIsClient } from '../../lib/useIsClient';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { changesFileName, changesToCsv } from './changesCsv';
import type { Comparison } from './comparison';
import {
  fieldLabel,
  formatChangeValue,
  itemLabelParts,
  LABEL_SEPARATOR,
  showsDataText,
  shownValue,
  type Datasets,
  type LabelPart,
} from './formatChange';
import { DATA_LANGUAGE } from '../../lib/dataText';

function ValueCell({ change, side, shown }: { change: Change; side: 'before' | 'after'; shown: Datasets }) {
  const i18n = useI18n();
  const { value, translated } = shownValue(change, side, shown);
  if (!change.field && value.type === 'text' && value.text === change.item) {
    // A row on one side only shows its key on the other: named as its row header names it ("Texas · H1 2025").
    return (
      <td className={`change-value change-value--${side}`}>
        <ItemLabel parts={itemLabelParts(change, shown, i18n)} />
      </td>
    );
  }
  const text = formatChangeValue(value, change, i18n);
  const inDataLanguage = i18n.locale !== DATA_LANGUAGE && !translated && showsDataText(value, change);
  return (
    <td className={`change-value change-value--${side}`} lang={inDataLanguage ? DATA_LANGUAGE : undefined}>
      {text === null ? <span className="change-absent">{i18n.t('changes.absent')}</span> : text}
    </td>
  );
}

/** An item's name, its parts that are the data's own (untranslated) text marked with the data's language. */
function ItemLabel({ parts }: { parts: LabelPart[] }) {
  const { locale } = useI18n();
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? LABEL_SEPARATOR : null}
      <Quote quote={{ text: part.text, lang: part.fromData && locale !== DATA_LANGUAGE ? DATA_LANGUAGE : undefined }} />
    </Fragment>
  ));
}

function ResourceChanges({
  resource,
  changes,
  comparison,
  shown,
}: {
  resource: ChangeResource;
  changes: Change[];
  comparison: Comparison;
  shown: Datasets;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const heading = `changes-${resource}`;
  const title = `${t(`changes.resource.${resource}` as MessageKey)} (${i18n.formatNumber(changes.length)})`;
  return (
    <section className="change-group" aria-labelledby={heading}>
      <h3 id={heading}>{title}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('table.region', { name: title })}>
        <table className="change-table">
          <thead>
            <tr>
              <th scope="col">{t('changes.col.item')}</th>
              <th scope="col">{t('changes.col.field')}</th>
              <th scope="col">{t('changes.col.before', { version: comparison.from })}</th>
              <th scope="col">{t('changes.col.after', { version: comparison.to })}</th>
              <th scope="col">{t('changes.col.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change, index) => (
              <tr key={`${change.item}|${change.field ?? ''}|${index}`} data-kind={change.kind}>
                <th scope="row">
                  <ItemLabel parts={itemLabelParts(change, shown, i18n)} />
                </th>
                <td className="short-words">
                  {change.field
                    ? fieldLabel(change.field, i18n)
                    : change.kind === 'revised'
                      ? t('changes.wholeRow')
                      : ''}
                </td>
                <ValueCell change={change} side="before" shown={shown} />
                <ValueCell change={change} side="after" shown={shown} />
                <td className="short-words">{t(`changes.kind.${change.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Every change between two versions, counted by kind, filtered, grouped by resource and exportable.
 * Changes are found, and exported, in the versions' own text (`datasets`); the page shows them in
 * `translated`, the same versions with today's translation where their text is today's.
 */
export function ChangeList({
  comparison,
  datasets,
  translated,
}: {
  comparison: Comparison;
  datasets: Datasets;
  translated: Datasets;
}) {
  const i18n = useI18n();
  const { t, plural, formatNumber } = i18n;
  const [params, update] = useUpdateSearchParams();
  const changes = useMemo(() => compareVersions(datasets.older, datasets.newer), [datasets]);
  const byKind = useMemo(() => countByKind(changes), [changes]);
  const kind = pick(changeKinds, params.get('kind'));
  const about = pick(changeResources, params.get('about'));
  const shown = changes.filter((change) => (!kind || change.kind === kind) && (!about || change.resource === about));
  const setFilter = (name: 'kind' | 'about') => (value: string) =>
    update((next) => {
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const permalink = pageLink('/changes', new URLSearchParams({ from: comparison.from, to: comparison.to }));
  // Printed, the link is the page's full address; only the browser knows it.
  const isClient = useIsClient();

  return (
    <>
      <h2>{t('changes.summary', { from: comparison.from, to: comparison.to })}</h2>
      <p>{plural('changes.total', changes.length, { count: changes.length })}</p>
      <p className="no-print">
        <Link to={permalink}>{t('changes.permalink')}</Link>
      </p>
      {isClient ? (
        <p className="print-only print-url">{t('changes.permalinkPrinted', { address: window.location.href })}</p>
      ) : null}
      {changes.length === 0 ? (
        <p className="empty-state">{t('changes.none')}</p>
      ) : (
        <>
          <table className="change-counts">
            <caption>{t('changes.byKind')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('changes.kind')}</th>
                <th scope="col" className="num">
                  {t('changes.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {changeKinds.map((name) => (
                <tr key={name} data-kind={name}>
                  <th scope="row">{t(`changes.kind.${name}`)}</th>
                  <td className="num">{formatNumber(byKind[name])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="change-filters no-print" role="group" aria-label={t('changes.filter')}>
            <SelectField
              label={t('changes.filter')}
              value={kind ?? ''}
              onChange={setFilter('kind')}
              options={[
                { value: '', label: t('changes.filter.allKinds') },
                ...changeKinds.map((name) => ({ value: name, label: t(`changes.kind.${name}`) })),
              ]}
            />
            <SelectField
              label={t('changes.filter.resource')}
              value={about ?? ''}
              onChange={setFilter('about')}
              options={[
                { value: '', label: t('changes.filter.allResources') },
                ...changeResources.map((name) => ({
                  value: name,
                  label: t(`changes.resource.${name}` as MessageKey),
                })),
              ]}
            />
            <button
              type="button"
              onClick={() =>
                downloadText(changesFileName(comparison), changesToCsv(shown, comparison), 'text/csv;charset=utf-8')
              }
            >
              {t('changes.export')}
            </button>
          </div>
          <p className="change-count" role="status">
            {plural('changes.shown', changes.length, { shown: shown.length, total: changes.length })}
          </p>
          {shown.length === 0 ? <p className="empty-state">{t('changes.noneShown')}</p> : null}
          {changeResources.map((resource) => {
            const group = shown.filter((change) => change.resource === resource);
            return group.length > 0 ? (
              <ResourceChanges
                key={resource}
                resource={resource}
                changes={group}
                comparison={comparison}
                shown={translated}
              />
            ) : null;
          })}
        </>
      )}
    </>
  );
}
