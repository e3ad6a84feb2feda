import { useQuery } from '@tanstack/react-query';
import { changelogQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';

/** Data versions as published in changelog.json, newest first. */
export function Changelog() {
  const { t, formatDate } = useI18n();
  const changelog = useQuery(changelogQuery());
  return (
    <section aria-labelledby="changelog-title">
      <h2 id="changelog-title">{t('data.changelog')}</h2>
      <QueryState query={changelog} minHeight="10rem">
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('data.changelog.empty')}</p>
          ) : (
            <ol className="changelog">
              {[...entries]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map((entry) => (
                  <li key={entry.dataVersion}>
                    <h3>{t('data.changelog.version', { version: entry.dataVersion, date: formatDate(entry.date) })}</h3>
                    <ul>
                      {entry.changes.map((change, index) => (
                        <li key={index}>{change}</li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ol>
          )
        }
      </QueryState>
    </section>
  );
}
