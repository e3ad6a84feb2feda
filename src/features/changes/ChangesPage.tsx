import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from '../../lib/navigation';
import { translateLikeToday } from '../../api/dataTranslations';
import { translationQuery } from '../../api/queries';
import { versionDatasetQuery, versionsQuery } from '../../api/releaseHistory';
import type { VersionsIndex } from '../../api/schemas';
import { QueryState, QueryStates } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { Skeleton } from '../../components/Skeleton';
import { ScopedText } from '../../components/ScopedText';
import { useI18n } from '../../i18n/I18nProvider';
import { DATA_LANGUAGE } from '../../lib/dataText';
import { pageLink } from '../../lib/pageLink';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { ChangeList } from './ChangeList';
import { comparisonFromSearch, type Comparison } from './comparison';
import type { Datasets } from './formatChange';
import './changes.css';

function VersionPickers({ index, comparison }: { index: VersionsIndex; comparison: Comparison }) {
  const { t, formatDate } = useI18n();
  const [, update] = useUpdateSearchParams();
  const options = index.versions.map((version) => ({
    value: version.dataVersion,
    label: t('changes.versionOption', { version: version.dataVersion, date: formatDate(version.released) }),
  }));
  const choose = (side: 'from' | 'to') => (value: string) =>
    update((params) => {
      params.set('from', comparison.from);
      params.set('to', comparison.to);
      params.set(side, value);
      return params;
    });
  return (
    <fieldset className="change-versions no-print">
      <legend>{t('changes.choose')}</legend>
      <SelectField label={t('changes.from')} value={comparison.from} options={options} onChange={choose('from')} />
      <SelectField label={t('changes.to')} value={comparison.to} options={options} onChange={choose('to')} />
    </fieldset>
  );
}

/**
 * The compared versions in the reader's language where their text is today's: today's translation is
 * of today's version, so it is laid only over text that has not changed since. A translation that
 * fails to load leaves the versions' own text, marked as such.
 */
function TranslatedChangeList({
  comparison,
  datasets,
  latest,
}: {
  comparison: Comparison;
  datasets: Datasets;
  latest: string;
}) {
  const { locale } = useI18n();
  const translating = locale !== DATA_LANGUAGE;
  const translation = useQuery({ ...translationQuery(locale), enabled: translating });
  const today = useQuery({ ...versionDatasetQuery(latest), enabled: translating });
  const translated = useMemo(
    () =>
      today.data && translation.data
        ? {
            older: translateLikeToday(datasets.older, today.data, translation.data),
            newer: translateLikeToday(datasets.newer, today.data, translation.data),
          }
        : datasets,
    [datasets, today.data, translation.data],
  );
  if (translating && (translation.isPending || today.isPending)) return <Skeleton minHeight="30rem" />;
  return <ChangeList comparison={comparison} datasets={datasets} translated={translated} />;
}

function ComparedVersions({ comparison, latest }: { comparison: Comparison; latest: string }) {
  const older = useQuery(versionDatasetQuery(comparison.from));
  const newer = useQuery(versionDatasetQuery(comparison.to));
  const datasets = useMemo(
    () => (older.data && newer.data ? { older: older.data, newer: newer.data } : null),
    [older.data, newer.data],
  );
  return (
    <QueryStates queries={[older, newer]} minHeight="30rem">
      {() => datasets && <TranslatedChangeList comparison={comparison} datasets={datasets} latest={latest} />}
    </QueryStates>
  );
}

function VersionComparison({ index }: { index: VersionsIndex }) {
  const { t } = useI18n();
  const [params] = useUpdateSearchParams();
  const choice = comparisonFromSearch(params, index);
  if (!choice.ok) {
    if (choice.problem === 'fewVersions') return <p className="empty-state">{t('changes.fewVersions')}</p>;
    return (
      <div role="alert" className="empty-state">
        <p>{t('changes.unknownVersion', { version: choice.version })}</p>
        <Link to={pageLink('/changes')}>{t('changes.showLatest')}</Link>
      </div>
    );
  }
  const { comparison } = choice;
  return (
    <>
      <VersionPickers index={index} comparison={comparison} />
      {comparison.from === comparison.to ? (
        <p className="empty-state">{t('changes.same', { version: comparison.from })}</p>
      ) : (
        <ComparedVersions
          key={`${comparison.from}→${comparison.to}`}
          comparison={comparison}
          latest={index.versions[0]!.dataVersion}
        />
      )}
    </>
  );
}

/** For regulators: what changed between any two published versions, item by item, old value beside new. */
export function ChangesPage() {
  const { t } = useI18n();
  const versions = useQuery(versionsQuery());
  return (
    <>
      <title>{t('changes.title')}</title>
      <h1>{t('changes.title')}</h1>
      <p className="lead">
        <ScopedText message="changes.intro" />
      </p>
      <p className="no-print">
        <Link to={pageLink('/data')}>{t('changes.notesOnDataPage')}</Link>
      </p>
      <QueryState query={versions} minHeight="30rem">
        {(index) => <VersionComparison index={index} />}
      </QueryState>
    </>
  );
}
