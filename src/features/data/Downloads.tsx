import { useQueries, useQuery } from '@tanstack/react-query';
import { apiFileHref, apiFileUrl, apiPublicUrl } from '../../api/client';
import { fetchFileBytes, manifestQuery, versionManifestQuery, versionsQuery } from '../../api/releaseHistory';
import { versionFolder } from '../../api/resources';
import type { Manifest, VersionEntry, VersionsIndex } from '../../api/schemas';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { WithCode } from '../../components/WithCode';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import { useOneStagePerTask } from '../../lib/useOneStagePerTask';
import { useUpdateSearchParams } from '../../lib/useUpdateSearchParams';
import { whenIdle } from '../../lib/whenIdle';
import { describeFile } from './fileDescriptions';
import { SignatureCheck } from './SignatureCheck';
import { canVerifyInBrowser, checkFileInTurn, filesAtOnce, summarizeChecks, type FileCheck } from './verifyFiles';

interface SummaryProps {
  manifest: Manifest;
  checks: FileCheck[] | undefined;
  /** Downloads again the files that could not be loaded, and checks them. */
  onRetry: () => void;
  retrying: boolean;
}

function VerificationSummary({ manifest, checks, onRetry, retrying }: SummaryProps) {
  const { t, plural } = useI18n();
  if (!canVerifyInBrowser()) return <p role="status">{t('data.verify.unsupported')}</p>;
  if (!checks) return <p role="status">{t('data.verify.running')}</p>;
  const { total, mismatched, unchecked } = summarizeChecks(checks);
  if (mismatched === 0 && unchecked === 0) {
    return (
      <p role="status" className="verify-ok">
        ✓ {plural('data.verify.allMatch', total, { version: manifest.dataVersion })}
      </p>
    );
  }
  return (
    <div role="alert">
      {mismatched > 0 ? (
        <p className="verify-failed">✗ {plural('data.verify.mismatch', total, { count: mismatched, total })}</p>
      ) : null}
      {unchecked > 0 ? (
        <>
          <p>{plural('data.verify.unchecked', total, { count: unchecked, total })}</p>
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? t('error.retrying') : t('error.retry')}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** Where a version's files are, relative to /api/v1/: the latest's at the top, as well as in their folder. */
export interface FileSet {
  folder: string;
  version?: VersionEntry;
}

function FileTable({ manifest, files }: { manifest: Manifest; files: FileSet }) {
  const { t, formatNumber, languageName } = useI18n();
  const { folder } = files;
  // One query a file, so that each result is drawn as it comes, in a commit of one row: all of them
  // at once was one commit that changed every row (about 45 ms in a Lighthouse trace). The queries
  // start a pool's worth per task after hydration: subscribing all 24 of the sample's in the
  // hydrating commit was a task of about 36 ms in a Lighthouse trace, most of it timers.
  const started = useOneStagePerTask(Math.ceil(manifest.files.length / filesAtOnce)) * filesAtOnce;
  const verification = useQueries({
    queries: manifest.files.slice(0, started).map((entry) => ({
      queryKey: ['verification', folder, manifest.dataVersion, entry.file, entry.sha256],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const check = await checkFileInTurn(entry, async (file) => {
          // A check in the background: each download starts when the browser is idle, not inside hydration.
          await whenIdle();
          return fetchFileBytes(`${folder}${file}`, { signal });
        });
        // A check given up (another version chosen) is not a failed one: it is not kept as an error.
        signal.throwIfAborted();
        return check;
      },
      enabled: canVerifyInBrowser(),
      staleTime: Infinity,
    })),
  });
  const statusOf = (index: number) => verification[index]?.data?.status;
  const checks =
    verification.length === manifest.files.length && verification.every((query) => query.data)
      ? verification.map((query) => query.data!)
      : undefined;
  const retryUnchecked = () => {
    for (const query of verification) if (query.data?.status === 'error') void query.refetch();
  };
  // The command needs the files' absolute address: the build's SITE_URL, or else what only the browser knows.
  const isClient = useIsClient();
  const shellBase = apiPublicUrl(folder) ?? (isClient ? apiFileUrl(folder) : apiFileHref(folder));

  return (
    <>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('table.region', { name: t('data.downloads') })}
      >
        <table className="downloads-table">
          <caption>{t('data.downloads')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.col.file')}</th>
              <th scope="col">{t('data.col.content')}</th>
              <th scope="col" className="num">
                {t('data.col.size')}
              </th>
              <th scope="col">{t('data.col.digest')}</th>
              <th scope="col">{t('data.col.check')}</th>
            </tr>
          </thead>
          <tbody>
            {manifest.files.map((entry, index) => {
              const description = describeFile(entry.file);
              const content = description
                ? description.csv
                  ? t('data.file.csv', { content: t(description.key) })
                  : description.language
                    ? t(description.key, { language: languageName(description.language) })
                    : t(description.key)
                : entry.file;
              const status = statusOf(index);
              return (
                <tr key={entry.file} data-file={entry.file}>
                  <th scope="row">
                    <a href={apiFileHref(`${folder}${entry.file}`)} download>
                      {entry.file}
                    </a>
                  </th>
                  <td>{content}</td>
                  <td className="num">
                    {formatNumber(entry.bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })}
                  </td>
                  <td>
                    <code className="digest">{entry.sha256}</code>
                  </td>
                  <td className={`verify-cell verify-cell--${status ?? 'pending'}`}>
                    {status ? t(`data.verify.status.${status}`) : '…'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('data.verify')}</h3>
      <p>{t('data.verify.howTo')}</p>
      <pre className="command">
        <code>
          {`curl -O ${shellBase}SHA256SUMS\nfor f in $(awk '{print $2}' SHA256SUMS); do curl -s --create-dirs -o "$f" "${shellBase}$f"; done\nsha256sum -c SHA256SUMS`}
        </code>
      </pre>
      <p>
        <WithCode text={t('data.verify.manifest', { file: 'manifest.json' })} code={['manifest.json']} />{' '}
        <a href={apiFileHref(`${folder}manifest.json`)}>
          <code>manifest.json</code>
        </a>{' '}
        ·{' '}
        <a href={apiFileHref(`${folder}SHA256SUMS`)}>
          <code>SHA256SUMS</code>
        </a>
      </p>
      <p>{t('data.verify.browser')}</p>
      <VerificationSummary
        manifest={manifest}
        checks={checks}
        onRetry={retryUnchecked}
        retrying={verification.some((query) => query.isFetching)}
      />
      <SignatureCheck manifest={manifest} files={files} shellBase={shellBase} />
    </>
  );
}

/** The version the address asks for (?version=), else the latest; an unknown one is named. */
function chosenVersion(index: VersionsIndex | undefined, asked: string | null) {
  if (!index) return { known: true, files: { folder: '' } };
  const version = index.versions.find((entry) => entry.dataVersion === (asked ?? index.latest));
  if (!version) return { known: false, files: { folder: '' } };
  // The latest is read from the top of /api/v1/, where the page was built from it.
  return {
    known: true,
    files: { folder: version.dataVersion === index.latest ? '' : versionFolder(version.dataVersion), version },
  };
}

function VersionSelect({ index, value }: { index: VersionsIndex; value: string }) {
  const { t, formatDate } = useI18n();
  const [, update] = useUpdateSearchParams();
  if (index.versions.length < 2) return null;
  return (
    <SelectField
      label={t('data.version.choose')}
      value={value}
      onChange={(next) =>
        update((params) => {
          if (next === index.latest) params.delete('version');
          else params.set('version', next);
          return params;
        })
      }
      options={index.versions.map((version) => ({
        value: version.dataVersion,
        label: t('changes.versionOption', { version: version.dataVersion, date: formatDate(version.released) }),
      }))}
    />
  );
}

export function Downloads() {
  const { t } = useI18n();
  const [params] = useUpdateSearchParams();
  const versions = useQuery(versionsQuery());
  const asked = params.get('version');
  const chosen = chosenVersion(versions.data, asked);
  const { folder, version } = chosen.files;
  const latestManifest = useQuery({ ...manifestQuery(), enabled: folder === '' });
  const versionManifest = useQuery({ ...versionManifestQuery(version?.dataVersion ?? ''), enabled: folder !== '' });
  const manifest = folder === '' ? latestManifest : versionManifest;
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('data.downloads')}</h2>
      <p>{t('data.downloads.intro')}</p>
      {versions.data ? (
        <VersionSelect index={versions.data} value={version?.dataVersion ?? versions.data.latest} />
      ) : null}
      {!chosen.known ? (
        <p role="alert" className="verify-failed">
          {t('data.version.unknown', { version: asked ?? '' })}
        </p>
      ) : (
        <>
          {version && !version.recorded ? (
            <p>{t('data.version.unrecorded', { version: version.dataVersion })}</p>
          ) : null}
          {version ? (
            <p>
              {t('data.version.folder', { version: version.dataVersion })}{' '}
              {/* The same on the server and in the browser, so nothing below moves when the page hydrates. */}
              <code className="digest">{apiPublicUrl(version.path) ?? apiFileHref(version.path)}</code>
            </p>
          ) : null}
          <QueryState query={manifest} minHeight="30rem">
            {(data) => <FileTable manifest={data} files={chosen.files} />}
          </QueryState>
        </>
      )}
    </section>
  );
}
