import { http, HttpResponse, type RequestHandler } from 'msw';
import { buildApiFiles, contentTypeOf } from '../src/api/publish';
import { sampleDataset, type Dataset } from './data/dataset';

export const apiPath = (file: string) => `*/api/v1/${file}`;

/** Serves every file the build publishes under /api/v1, from the same code. */
export function datasetHandlers(dataset: Dataset = sampleDataset): RequestHandler[] {
  let files: Promise<Map<string, string>> | undefined;
  return [
    http.get(apiPath(':file'), async ({ params }) => {
      files ??= buildApiFiles(dataset);
      const file = String(params.file);
      const text = (await files).get(file);
      if (text === undefined) return new HttpResponse('Not found', { status: 404 });
      return new HttpResponse(text, { headers: { 'Content-Type': contentTypeOf(file) } });
    }),
  ];
}

export const handlers = datasetHandlers();
