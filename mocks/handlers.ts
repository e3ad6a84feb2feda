import { http, HttpResponse, type RequestHandler } from 'msw';
import { buildOpenApiDocument } from '../src/api/openapi';
import { resources, type ResourceKey } from '../src/api/resources';
import { sampleDataset, type Dataset } from './data/dataset';

const resourceKeys = Object.keys(resources) as ResourceKey[];

export const apiPath = (file: string) => `*/api/v1/${file}`;

/** Serves a dataset under /api/v1, the same paths the build writes as static files. */
export function datasetHandlers(dataset: Dataset = sampleDataset): RequestHandler[] {
  return [
    ...resourceKeys.map((key) => http.get(apiPath(resources[key].file), () => HttpResponse.json(dataset[key]))),
    http.get(apiPath('openapi.json'), () => HttpResponse.json(buildOpenApiDocument(dataset.meta.dataVersion))),
  ];
}

export const handlers = datasetHandlers();
