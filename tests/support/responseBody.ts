import type { Page, Response } from '@playwright/test';

/**
 * The body of a response the page received. A worker's script (the one that loads ICU's data) may be
 * gone from the browser once the worker has ended: it is then read again from the server, the same
 * bytes, so that it counts in every run.
 */
export function responseBody(page: Page, response: Response): Promise<Buffer> {
  return response.body().catch(() => page.request.get(response.url()).then((again) => again.body()));
}
