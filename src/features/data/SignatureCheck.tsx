import { useQuery } from '@tanstack/react-query';
import { apiFileHref } from '../../api/client';
import { fetchFileBytes } from '../../api/releaseHistory';
import { SIGNATURE_FILE, SIGNING_KEY_FILE } from '../../api/resources';
import type { Manifest } from '../../api/schemas';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useI18n } from '../../i18n/I18nProvider';
import { whenIdle } from '../../lib/whenIdle';
import type { FileSet } from './Downloads';
import {
  keyFingerprint,
  verifyManifestSignature,
  type SignatureCheck as SignatureCheckResult,
} from './verifySignature';

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

const PENDING_FINGERPRINT = '·'.repeat(64);

function SignatureStatus({ status, version }: { status: SignatureCheckResult['status'] | 'pending'; version: string }) {
  const { t } = useI18n();
  // The status keeps room for its longest message, so nothing below it moves when the check ends.
  switch (status) {
    case 'pending':
      return (
        <p role="status" className="signature-status">
          {t('data.signature.running')}
        </p>
      );
    case 'valid':
      return (
        <p role="status" className="signature-status verify-ok signature-valid">
          ✓ {t('data.signature.valid', { version })}
        </p>
      );
    case 'invalid':
      return (
        <p role="alert" className="signature-status verify-failed signature-invalid">
          ✗ {t('data.signature.invalid', { version })}
        </p>
      );
    case 'unsupported':
      return (
        <p role="status" className="signature-status signature-unsupported">
          {t('data.signature.unsupported')}
        </p>
      );
  }
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
          {check.status === 'error' ? (
            <ErrorPanel error={check.error} onRetry={() => void check.refetch()} retrying={check.isFetching} />
          ) : (
            <>
              <p>
                {t('data.signature.fingerprint')}{' '}
                <code className="digest signature-fingerprint">
                  {/* As wide as the fingerprint, so the lines below stay where they are when it arrives. */}
                  {check.data?.fingerprint ?? PENDING_FINGERPRINT}
                </code>
              </p>
              <SignatureStatus status={check.data?.status ?? 'pending'} version={versionName} />
            </>
          )}
          <p>
            {t('data.signature.key')} <a href={apiFileHref(SIGNING_KEY_FILE)}>{SIGNING_KEY_FILE}</a> ·{' '}
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
