import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Signs manifests with an Ed25519 key, and says which key: its public half and fingerprint. */
export interface ManifestSigner {
  /** The detached signature: 64 bytes, what `openssl pkeyutl -verify -rawin` checks. */
  sign(bytes: Uint8Array): Uint8Array;
  /** The public key as SPKI PEM, published as signing-key.pem. */
  publicKeyPem: string;
  /** SHA-256 of the public key's DER encoding, to compare with one published elsewhere. */
  fingerprint: string;
}

export class SigningKeyProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyProblem';
  }
}

/** SHA-256 of an SPKI public key in DER, as hex: `openssl pkey -pubin -in key.pem -outform DER | sha256sum`. */
export function publicKeyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

function signerOf(privateKey: KeyObject): ManifestSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new SigningKeyProblem(
      `SIGNING_KEY is a ${privateKey.asymmetricKeyType} key; manifests are signed with Ed25519.`,
    );
  }
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return {
    sign: (bytes) => new Uint8Array(sign(null, bytes, privateKey)),
    publicKeyPem,
    fingerprint: publicKeyFingerprint(publicKeyPem),
  };
}

/**
 * The signer SIGNING_KEY names: the PEM text of an Ed25519 private key (PKCS#8), or the path of a
 * file holding it. A key that cannot be read stops the build: publishing unsigned instead would hide it.
 */
export function signerFromSetting(setting: string, root: string): ManifestSigner {
  const pem = setting.includes('-----BEGIN') ? setting : readKeyFile(path.resolve(root, setting));
  if (pem.includes('-----BEGIN PUBLIC KEY')) {
    throw new SigningKeyProblem(
      'SIGNING_KEY is a public key. Manifests are signed with the private half: signing-key.private.pem, as `npm run keygen` wrote it.',
    );
  }
  try {
    return signerOf(createPrivateKey(pem));
  } catch (error) {
    if (error instanceof SigningKeyProblem) throw error;
    throw new SigningKeyProblem(`SIGNING_KEY is not a private key in PEM: ${(error as Error).message}`);
  }
}

function readKeyFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new SigningKeyProblem(`SIGNING_KEY names ${file}, which cannot be read.`);
  }
}

/** The bundled sample's key pair: for tests and demonstrations only, never to sign real data. */
export const SAMPLE_TEST_KEY = 'mocks/test-signing-key/TEST-ONLY-private-key.pem';
