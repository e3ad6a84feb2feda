import { useDataLanguage } from '../../components/useDataLanguage';
import { useTranslatedResource } from '../../components/useTranslatedResource';
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../lib/navigation';
import { apiFileHref } from '../../api/client';
import { versionsQuery } from '../../api/releaseHistory';
import { RELEASES_FEED_FILE } from '../../api/resources';
import type { ChangelogEntry, VersionEntry } from '../../api/schemas';
import { changeKinds } from '../../api/versionChanges';
import { QueryStates } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { pageLink } from '../../lib/pageLink';

interface VersionLine {
  dataVersion: string;
  date: string;
  notes: string[];
  /** The publisher's entry, whose notes may be translated. */
  entry?: ChangelogEntry;
  published?: VersionEntry;
}

/** The versions the publisher wrote notes for and those published, newest first, each once. */
export function versionLines(changelog: ChangelogEntry[], versions: VersionEntry[]): VersionLine[] {
  const lines = new Map<string, VersionLine>();
  for (const entry of changelog) {
    lines.set(entry.dataVersion, { dataVersion: entry.dataVersion, date: entry.date, notes: entry.changes, entry });
  }
  for (const version of versions) {
    const line = lines.get(version.dataVersion);
    lines.set(version.dataVersion, {
      dataVersion: version.dataVersion,
      date: line?.date ?? version.released,
      notes: line?.notes ?? [],
      entry: line?.entry,
      published: version,
    });
  }
  return [...lines.values()].sort((a, b) => b.date.localeCompare(a.date));
}

function ComputedChanges({ version }: { version: VersionEntry }) {
  const { t, formatNumber } = useI18n();
  const { changes } = version;
  if (!changes) return <p>{t('data.changelog.first')}</p>;
  const link = pageLink('/changes', new URLSearchParams({ from: changes.from, to: version.dataVersion }));
  return (
    <>
      <p>{t('data.changelog.computed', { from: changes.from })}</p>
      <ul className="change-kinds">
        {changeKinds
          .filter((kind) => (changes.byKind[kind] ?? 0) > 0)
          .map((kind) => (
            <li key={kind}>
              {t('data.changelog.kindCount', {
                kind: t(`changes.kind.${kind}`),
                count: formatNumber(changes.byKind[kind] ?? 0),
              })}
            </li>
          ))}
      </ul>
      <p>
        <Link to={link}>{t('data.changelog.seeChanges', { from: changes.from, version: version.dataVersion })}</Link>
      </p>
    </>
  );
}

/** Each version: the publisher's notes beside the changes computed from the files. */
export function Changelog() {
  const { t, formatDate } = useI18n();
  const dataLanguage = useDataLanguage();
  const changelog = useTranslatedResource('changelog');
  const versions = useQuery(versionsQuery());
  return (
    <section aria-labelledby="changelog-title">
      <h2 id="changelog-title">{t('data.changelog')}</h2>
      <p>{t('data.changelog.intro')}</p>
      <p>
        {t('data.changelog.feed')} <a href={apiFileHref(RELEASES_FEED_FILE)}>{RELEASES_FEED_FILE}</a>
      </p>
      <QueryStates queries={[changelog, versions]} minHeight="10rem">
        {([entries, index]) => {
          const lines = versionLines(entries, index.versions);
          return lines.length === 0 ? (
            <p>{t('data.changelog.empty')}</p>
          ) : (
            <ol className="changelog">
              {lines.map((line) => (
                <li key={line.dataVersion} data-version={line.dataVersion}>
                  <h3>{t('data.changelog.version', { version: line.dataVersion, date: formatDate(line.date) })}</h3>
                  {line.notes.length > 0 ? (
                    <>
                      <h4>{t('data.changelog.notes')}</h4>
                      <ul>
                        {line.notes.map((note, index) => (
                          <li key={index}>
                            <span lang={line.entry ? dataLanguage(line.entry, 'changes') : undefined}>{note}</span>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {line.published ? <ComputedChanges version={line.published} /> : null}
                </li>
              ))}
            </ol>
          );
        }}
      </QueryStates>
    </section>
  );
}
