import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet and offline; --no-sandbox is needed as root. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}.\n` +
        "The end-to-end tests need Debian's Chromium: run `apt-get update && apt-get install -y chromium`,\n" +
        'or set CHROMIUM_PATH to a Chromium binary. Tests are never skipped for want of a browser.',
    );
  }
}
