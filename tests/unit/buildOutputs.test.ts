// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = await mkdtemp(path.join(tmpdir(), 'drd-build-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Runs `vite build` as npm run build does, with the given environment, into its own folder. */
function build(outDir: string, env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, DATA_DIR: '', VITE_API_BASE_URL: '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

// Each case is a whole production build: seconds, more on a busy machine.
describe.concurrent('what a build publishes', { timeout: 120_000 }, () => {
  it('refuses a package with errors: exits non-zero with the report, and leaves no site behind', async () => {
    const outDir = path.join(scratch, 'refused');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'index.html'), '<p>a site from an earlier build</p>');
    const { status, output } = await build(outDir, {
      DATA_DIR: 'tests/fixtures/bad-packages/disclosed-more-than-received',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('[disclosed-within-received]');
    expect(output).toContain('holds no site');
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses a signing key it cannot use the same way, and leaves no earlier site behind', async () => {
    const outDir = path.join(scratch, 'unsigned');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'index.html'), '<p>a site from an earlier build</p>');
    const { status, output } = await build(outDir, { SIGNING_KEY: 'mocks/test-signing-key/signing-key.pem' });
    expect(status).not.toBe(0);
    expect(output).toContain('SIGNING_KEY is a public key');
    expect(output).toContain('holds no site');
    expect(existsSync(outDir)).toBe(false);
  });

  it('ships no data at all, nor the mock worker, when a real API serves the data', async () => {
    const outDir = path.join(scratch, 'external-api');
    const { status, output } = await build(outDir, { VITE_API_BASE_URL: 'https://api.transparency.example/v1' });
    expect(status, output).toBe(0);
    const files = await filesUnder(outDir);
    expect(files.some((file) => file.includes(`${path.sep}api${path.sep}`))).toBe(false);
    expect(files.map((file) => path.basename(file))).not.toContain('mockServiceWorker.js');
    for (const file of files.filter((name) => /\.(html|js|json|csv)$/.test(name))) {
      expect(await readFile(file, 'utf8'), file).not.toMatch(/Virginia|Singapore|Example Platform|AC-01/);
    }
  });
});
