import { generateKeyPairSync } from 'node:crypto';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { publicKeyFingerprint } from '../signing';

export const PRIVATE_KEY_FILE = 'signing-key.private.pem';
export const PUBLIC_KEY_FILE = 'signing-key.pem';

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** npm run keygen [folder]: a new Ed25519 key pair for signing manifests. Never overwrites a key. */
export async function keygen(args: string[]): Promise<number> {
  const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');
  const privateFile = path.join(dir, PRIVATE_KEY_FILE);
  const publicFile = path.join(dir, PUBLIC_KEY_FILE);
  for (const file of [privateFile, publicFile]) {
    if (await exists(file)) {
      console.error(`${file} exists already; keygen never replaces a key. Choose another folder.`);
      return 1;
    }
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  await mkdir(dir, { recursive: true });
  await writeFile(privateFile, privateKey, { mode: 0o600 });
  await writeFile(publicFile, publicKey);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  console.log(
    [
      `Private key: ${shown(privateFile)} (readable by you only). Keep it secret and out of version control.`,
      `Public key:  ${shown(publicFile)}`,
      `Fingerprint: ${publicKeyFingerprint(publicKey)}`,
      '',
      `Build with SIGNING_KEY=${shown(privateFile)} (or the key's text itself, from your CI's secrets).`,
      'Publish the fingerprint somewhere other than the site, so readers can tell the key is yours.',
    ].join('\n'),
  );
  return 0;
}
