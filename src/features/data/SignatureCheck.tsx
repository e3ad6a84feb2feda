import { useQuery } from '@tanstack/react-query';
import { apiFileHref, fetchFileBytes } from '../../api/client';
import { SIGNATURE_FILE, SIGNING_KEY_FILE } from '../../api/resources';
import type { Manifest } from '../../api/schemas';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useI18n } from '../../i18n/I18nProvider';
import { whenIdle } from '../../lib/whenIdle';
import type { FileSet } from './Downloads';
import { keyFingerprint, verifyManifestSignature } from './verifySignature';

async function checkSignature(folder: string, signal: AbortSignal) {
  // In the background, like the digests: after the page is interactive.
  await whenIdle();
  const [key, signature, manifest] = await Promise.all([
    fetchFileBytes(SIGNING_KEY_FILE, { signal }),
    fetchFileBytes(`${folder}${SIGNATURE_FILE}`, { signal }),
    fetchFileBytes(`${folder}manifest.json`, { signal }),
  ]);
  const publicKeyPem = new TextDecoder().decode(key);
  const [check, fingerprint] = await Promise.all([
    verifyManifestSignature({ publicKeyPem, signature, manifest }),
    keyFingerprint(publicKeyPem),
  ]);
  return { ...check, fingerprint };
}

/**
 * The manifest's Ed25519 signature, checked in the browser over the manifest's bytes as served,
 * with the key's fingerprint to compare with one published elsewhere, and the OpenSSL commands.
 */
export function SignatureCheck({
  manifest,
  files,
  shellBase,
}: {
  manifest: Manifest;
  files: FileSet;
  shellBase: string;
}) {
  const { t } = useI18n();
  const { folder, version } = files;
  const signed = version?.signed ?? false;
  const check = useQuery({
    queryKey: ['signature', folder, manifest.dataVersion],
    queryFn: ({ signal }) => checkSignature(folder, signal),
    enabled: signed,
    staleTime: Infinity,
    retry: false,
  });
  const versionName = manifest.dataVersion;
  // Whether it is signed is in the list of versions: until that is known, nothing is claimed.
  if (!version) return null;
  const keyBase = shellBase.slice(0, shellBase.length - folder.length);
  return (
    <section aria-labelledby="signature-title">
      <h3 id="signature-title">{t('data.signature')}</h3>
      {!signed ? (
        <p>{t('data.signature.unsigned', { version: versionName })}</p>
      ) : (
        <>
          <p>{t('data.signature.intro')}</p>
          {check.status === 'pending' ? <p role="status">{t('data.signature.running')}</p> : null}
          {check.status === 'error' ? (
            <ErrorPanel error={check.error} onRetry={() => void check.refetch()} retrying={check.isFetching} />
          ) : null}
          {check.data ? (
            <>
              <p>
                {t('data.signature.fingerprint')}{' '}
                <code className="digest signature-fingerprint">{check.data.fingerprint}</code>
              </p>
              {check.data.status === 'valid' ? (
                <p role="status" className="verify-ok signature-valid">
                  ✓ {t('data.signature.valid', { version: versionName })}
                </p>
              ) : check.data.status === 'invalid' ? (
                <p role="alert" className="verify-failed signature-invalid">
                  ✗ {t('data.signature.invalid', { version: versionName })}
                </p>
              ) : (
                <p role="status" className="signature-unsupported">
                  {t('data.signature.unsupported')}
                </p>
              )}
            </>
          ) : null}
          <p>
            {t('data.signature.key')}: <a href={apiFileHref(SIGNING_KEY_FILE)}>{SIGNING_KEY_FILE}</a> ·{' '}
            <a href={apiFileHref(`${folder}${SIGNATURE_FILE}`)}>{SIGNATURE_FILE}</a>
          </p>
          <p>{t('data.signature.howTo')}</p>
          <pre className="command">
            <code>
              {`curl -O ${keyBase}${SIGNING_KEY_FILE}\ncurl -O ${shellBase}manifest.json -O ${shellBase}${SIGNATURE_FILE}\nopenssl pkeyutl -verify -pubin -inkey ${SIGNING_KEY_FILE} -rawin -in manifest.json -sigfile ${SIGNATURE_FILE}`}
            </code>
          </pre>
        </>
      )}
    </section>
  );
}
