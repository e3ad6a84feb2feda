import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { responseBody } from './responseBody';

export interface ByteCount {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  js: ByteCount;
  css: ByteCount;
  scripts: string[];
}

/**
 * JavaScript and CSS a page downloads until it has loaded and the network is idle, and,
 * since charts load as they scroll into view, until `waitFor` shows once scrolled to the end.
 */
export async function measurePageBytes(page: Page, url: string, waitFor: string): Promise<PageBytes> {
  const bodies: Promise<{ url: string; type: 'js' | 'css'; body: Buffer } | null>[] = [];
  const onResponse = (response: Response) => {
    // Only the page itself: an embedded preview frame is a page of its own.
    if (response.frame() !== page.mainFrame()) return;
    const path = new URL(response.url()).pathname;
    const type: 'js' | 'css' | null = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
    if (!type) return;
    bodies.push(
      responseBody(page, response)
        .then((body) => ({ url: path, type, body }))
        .catch(() => null),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator(waitFor).first().waitFor({ state: 'attached' });
  page.off('response', onResponse);
  const files = (await Promise.all(bodies)).filter((item) => item !== null);
  const sum = (type: 'js' | 'css') =>
    files
      .filter((file) => file.type === type)
      .reduce(
        (total, file) => ({
          raw: total.raw + file.body.byteLength,
          gzip: total.gzip + gzipSync(file.body, { level: 9 }).byteLength,
        }),
        { raw: 0, gzip: 0 },
      );
  return {
    js: sum('js'),
    css: sum('css'),
    scripts: files.filter((file) => file.type === 'js').map((file) => file.url),
  };
}
