import { useQuery } from '@tanstack/react-query';
import { apiFileHref, apiFileUrl, apiPublicUrl, fetchFileBytes } from '../../api/client';
import { manifestQuery } from '../../api/queries';
import type { Manifest } from '../../api/schemas';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useIsClient } from '../../lib/useIsClient';
import { whenIdle } from '../../lib/whenIdle';
import { describeFile } from './fileDescriptions';
import { canVerifyInBrowser, summarizeChecks, verifyManifest, type FileCheck } from './verifyFiles';

function VerificationSummary({ manifest, checks }: { manifest: Manifest; checks: FileCheck[] | undefined }) {
  const { t } = useI18n();
  if (!canVerifyInBrowser()) return <p role="status">{t('data.verify.unsupported')}</p>;
  if (!checks) return <p role="status">{t('data.verify.running')}</p>;
  const { total, failed } = summarizeChecks(checks);
  return failed === 0 ? (
    <p role="status" className="verify-ok">
      ✓ {t('data.verify.allMatch', { count: total, version: manifest.dataVersion })}
    </p>
  ) : (
    <p role="alert" className="verify-failed">
      ✗ {t('data.verify.mismatch', { count: failed, total })}
    </p>
  );
}

function FileTable({ manifest }: { manifest: Manifest }) {
  const { t, formatNumber } = useI18n();
  const verification = useQuery({
    queryKey: ['verification', manifest.dataVersion, manifest.files.map((entry) => entry.sha256).join()],
    queryFn: async ({ signal }) => {
      // A check in the background: it must not start ~20 downloads inside hydration.
      await whenIdle();
      return verifyManifest(manifest, (file) => fetchFileBytes(file, { signal }));
    },
    enabled: canVerifyInBrowser(),
    staleTime: Infinity,
  });
  const checks = verification.data;
  const statusOf = (file: string) => checks?.find((check) => check.file === file)?.status;
  // The command needs the files' absolute address: the build's SITE_URL, or else what only the browser knows.
  const isClient = useIsClient();
  const shellBase = apiPublicUrl('') ?? (isClient ? apiFileUrl('') : apiFileHref(''));

  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="downloads-caption">
        <table className="downloads-table">
          <caption id="downloads-caption">{t('data.downloads')}</caption>
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
            {manifest.files.map((entry) => {
              const description = describeFile(entry.file);
              const content = description
                ? description.csv
                  ? t('data.file.csv', { content: t(description.key) })
                  : t(description.key)
                : entry.file;
              const status = statusOf(entry.file);
              return (
                <tr key={entry.file} data-file={entry.file}>
                  <th scope="row">
                    <a href={apiFileHref(entry.file)} download>
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
          {`curl -O ${shellBase}SHA256SUMS\nfor f in $(awk '{print $2}' SHA256SUMS); do curl -sO "${shellBase}$f"; done\nsha256sum -c SHA256SUMS`}
        </code>
      </pre>
      <p>
        {t('data.verify.manifest', { file: 'manifest.json' })} <a href={apiFileHref('manifest.json')}>manifest.json</a>{' '}
        · <a href={apiFileHref('SHA256SUMS')}>SHA256SUMS</a>
      </p>
      <p>{t('data.verify.browser')}</p>
      <VerificationSummary manifest={manifest} checks={checks} />
    </>
  );
}

export function Downloads() {
  const { t } = useI18n();
  const manifest = useQuery(manifestQuery());
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('data.downloads')}</h2>
      <p>{t('data.downloads.intro')}</p>
      <QueryState query={manifest} minHeight="30rem">
        {(data) => <FileTable manifest={data} />}
      </QueryState>
    </section>
  );
}
