// @vitest-environment node
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { publicKeyFingerprint, SAMPLE_TEST_KEY, signerFromSetting, SigningKeyProblem } from '../../src/build/signing';
import { keyFingerprint, verifyManifestSignature } from '../../src/features/data/verifySignature';

const root = fileURLToPath(new URL('../..', import.meta.url));
const privatePem = readFileSync(path.join(root, SAMPLE_TEST_KEY), 'utf8');
const publicPem = readFileSync(path.join(root, 'mocks/test-signing-key/signing-key.pem'), 'utf8');
const SAMPLE_FINGERPRINT = '7f9a59190898ffb237ba2a3a20f6b5da5ca437a2136f25c1bcd0e494b6731da9';
const manifest = readFileSync(path.join(root, 'mocks/sample/versions/2025.3/manifest.json'));

/** The problem a setting is refused with (fails the test if it is accepted). */
function refusal(setting: string): SigningKeyProblem {
  try {
    signerFromSetting(setting, root);
  } catch (error) {
    expect(error).toBeInstanceOf(SigningKeyProblem);
    return error as SigningKeyProblem;
  }
  throw new Error(`${setting.slice(0, 40)} was accepted`);
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('SIGNING_KEY', () => {
  it('may be the PEM text of the key, or the path of its file relative to the root, with the same result', () => {
    const fromText = signerFromSetting(privatePem, '/nowhere');
    const fromPath = signerFromSetting(SAMPLE_TEST_KEY, root);
    expect(fromText.publicKeyPem).toBe(fromPath.publicKeyPem);
    expect(fromText.fingerprint).toBe(fromPath.fingerprint);
  });

  it('signs with a 64-byte Ed25519 signature that node’s crypto verifies with the published public key', () => {
    const signer = signerFromSetting(SAMPLE_TEST_KEY, root);
    const signature = signer.sign(manifest);
    expect(signature).toHaveLength(64);
    expect(verify(null, manifest, createPublicKey(signer.publicKeyPem), signature)).toBe(true);
    // The published key is the sample's public key, as mocks/test-signing-key has it.
    expect(createPublicKey(signer.publicKeyPem).export({ type: 'spki', format: 'pem' })).toBe(
      createPublicKey(publicPem).export({ type: 'spki', format: 'pem' }),
    );
    const altered = Buffer.from(manifest);
    altered[10] = altered[10]! ^ 0x01;
    expect(verify(null, altered, createPublicKey(signer.publicKeyPem), signature)).toBe(false);
  });

  it('names its key by the SHA-256 of the public key in DER, as the sample’s README gives it', () => {
    expect(publicKeyFingerprint(publicPem)).toBe(SAMPLE_FINGERPRINT);
    expect(signerFromSetting(SAMPLE_TEST_KEY, root).fingerprint).toBe(SAMPLE_FINGERPRINT);
  });

  it('refuses an RSA or EC key, saying manifests are signed with Ed25519', () => {
    const pkcs8 = { type: 'pkcs8', format: 'pem' } as const;
    const spki = { type: 'spki', format: 'pem' } as const;
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: pkcs8, publicKeyEncoding: spki });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: pkcs8, publicKeyEncoding: spki });
    expect(refusal(rsa.privateKey).message).toMatch(/rsa key.*Ed25519/);
    expect(refusal(ec.privateKey).message).toMatch(/ec key.*Ed25519/);
  });

  it('refuses a path that cannot be read, naming the path', () => {
    expect(refusal('keys/no-such-key.pem').message).toContain(path.resolve(root, 'keys/no-such-key.pem'));
  });

  it('refuses text that looks like PEM but is not a private key', () => {
    expect(refusal('-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----\n').message).toContain(
      'not a private key in PEM',
    );
  });

  it('refuses a public key, naming the private half to use instead', () => {
    expect(refusal(publicPem).message).toBe(
      'SIGNING_KEY is a public key. Manifests are signed with the private half: signing-key.private.pem, as `npm run keygen` wrote it.',
    );
    expect(refusal('mocks/test-signing-key/signing-key.pem').message).toMatch(/is a public key/);
  });
});

describe('the signature check on /data (WebCrypto)', () => {
  const signature = signerFromSetting(SAMPLE_TEST_KEY, root).sign(manifest);

  it('finds the signature of the manifest as served valid', async () => {
    const check = await verifyManifestSignature({
      publicKeyPem: publicPem,
      signature: toArrayBuffer(signature),
      manifest: toArrayBuffer(manifest),
    });
    expect(check).toEqual({ status: 'valid' });
  });

  it('finds it invalid when a single byte of the manifest differs', async () => {
    const altered = new Uint8Array(manifest);
    altered[manifest.length - 3] = altered[manifest.length - 3]! ^ 0x01;
    const check = await verifyManifestSignature({
      publicKeyPem: publicPem,
      signature: toArrayBuffer(signature),
      manifest: toArrayBuffer(altered),
    });
    expect(check).toEqual({ status: 'invalid' });
  });

  it('says the browser lacks Ed25519, rather than calling the signature bad, when WebCrypto does not support it', async () => {
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(new DOMException('Unrecognized name.', 'NotSupportedError'));
    const check = await verifyManifestSignature({
      publicKeyPem: publicPem,
      signature: toArrayBuffer(signature),
      manifest: toArrayBuffer(manifest),
    });
    expect(check).toEqual({ status: 'unsupported' });
  });

  it('shows the same key fingerprint as the build', async () => {
    expect(await keyFingerprint(publicPem)).toBe(publicKeyFingerprint(publicPem));
    expect(await keyFingerprint(publicPem)).toBe(SAMPLE_FINGERPRINT);
  });
});
