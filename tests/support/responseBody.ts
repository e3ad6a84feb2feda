import type { Page, Response } from '@playwright/test';

/**
 * The body of a response the page received. A worker's script (the one that loads ICU's data) may be
 * gone from the browser once the worker has ended: it is then read again from the server, the same
 * bytes, so that it counts in every run.
 */
export function responseBody(page: Page, response: Response): Promise<Buffer> {
  return response.body().catch(() => page.request.get(response.url()).then((again) => again.body()));
}

export interface ScriptRead {
  url: string;
  body: string;
}

/**
 * Reads the body of every script the page receives from now on. `settled` stops listening and waits
 * for the bodies still being read: a read left running when the test ends fails after it, in
 * whichever test comes next.
 */
export function recordScripts(page: Page) {
  const reads: Promise<ScriptRead>[] = [];
  const onResponse = (response: Response) => {
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    reads.push(responseBody(page, response).then((body) => ({ url: response.url(), body: body.toString() })));
  };
  page.on('response', onResponse);
  return {
    /** The scripts received so far, once their bodies are read; listening goes on. */
    soFar: () => Promise.all(reads),
    settled: () => {
      page.off('response', onResponse);
      return Promise.all(reads);
    },
  };
}
