import { http, HttpResponse, type RequestHandler } from 'msw';
import dataPackage from 'virtual:drd-data-package';
import type { PublishedPackage } from '../src/api/datapackage';
import { buildApiFiles, contentTypeOf } from '../src/api/publish';
import { API_VERSION_PATH } from '../src/api/resources';

export const apiPath = (file: string) => `*/${API_VERSION_PATH}/${file}`;

/**
 * Serves every file the build publishes under /api/v1, from the same code: the files the build
 * made (every version, signatures included) or, for a package changed in a test, its latest files.
 */
export function packageHandlers(contents: PublishedPackage = dataPackage): RequestHandler[] {
  let files: Promise<Map<string, string>> | undefined;
  const binary = new Map(
    Object.entries(contents.files?.binary ?? {}).map(([file, base64]) => [
      file,
      Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)),
    ]),
  );
  return [
    http.get(apiPath('*'), async ({ request }) => {
      files ??= contents.files
        ? Promise.resolve(new Map(Object.entries(contents.files.text)))
        : buildApiFiles(contents.dataset, contents.info, contents.translations);
      const file = decodeURIComponent(new URL(request.url).pathname.split(`/${API_VERSION_PATH}/`).at(-1) ?? '');
      const bytes = binary.get(file);
      if (bytes) return new HttpResponse(bytes, { headers: { 'Content-Type': contentTypeOf(file) } });
      const text = (await files).get(file);
      if (text === undefined) return new HttpResponse('Not found', { status: 404 });
      return new HttpResponse(text, { headers: { 'Content-Type': contentTypeOf(file) } });
    }),
  ];
}

export const handlers = packageHandlers();
