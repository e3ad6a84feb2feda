import { sha256Hex } from '../../lib/sha256';

export type SignatureCheck =
  | { status: 'valid' }
  | { status: 'invalid' }
  /** The browser has no Ed25519 in WebCrypto (Chromium before 137, Firefox before 129, Safari before 17). */
  | { status: 'unsupported' };

/** The DER bytes inside a PEM block (-----BEGIN PUBLIC KEY----- …). */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const body = pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  return Uint8Array.from(atob(body), (character) => character.charCodeAt(0));
}

/** SHA-256 of the key's DER bytes: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
export function keyFingerprint(publicKeyPem: string): Promise<string> {
  return sha256Hex(pemToDer(publicKeyPem));
}

const unsupported = (error: unknown) => error instanceof DOMException && error.name === 'NotSupportedError';

/**
 * Checks a manifest's detached Ed25519 signature with WebCrypto, over the manifest's bytes exactly
 * as served. A key the browser cannot read as Ed25519 means the browser lacks it, not a bad signature.
 */
export async function verifyManifestSignature({
  publicKeyPem,
  signature,
  manifest,
}: {
  publicKeyPem: string;
  signature: ArrayBuffer;
  manifest: ArrayBuffer;
}): Promise<SignatureCheck> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', pemToDer(publicKeyPem), { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    if (unsupported(error)) return { status: 'unsupported' };
    throw error;
  }
  const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, manifest);
  return { status: valid ? 'valid' : 'invalid' };
}
