import { http, HttpResponse, type RequestHandler } from 'msw';
import dataPackage from 'virtual:drd-data-package';
import type { PublishedPackage } from '../src/api/datapackage';
import { buildApiFiles, contentTypeOf } from '../src/api/publish';
import { API_VERSION_PATH } from '../src/api/resources';

export const apiPath = (file: string) => `*/${API_VERSION_PATH}/${file}`;

/** Serves every file the build publishes under /api/v1, from the same code. */
export function packageHandlers(contents: PublishedPackage = dataPackage): RequestHandler[] {
  let files: Promise<Map<string, string>> | undefined;
  return [
    http.get(apiPath(':file'), async ({ params }) => {
      files ??= buildApiFiles(contents.dataset, contents.info);
      const file = String(params.file);
      const text = (await files).get(file);
      if (text === undefined) return new HttpResponse('Not found', { status: 404 });
      return new HttpResponse(text, { headers: { 'Content-Type': contentTypeOf(file) } });
    }),
  ];
}

export const handlers = packageHandlers();
