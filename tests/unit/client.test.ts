import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dataVersionOf, fetchPublishedDataVersion, fetchResource } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { manyRequests } from '../support/fixtures';
import { sampleDataset } from '../support/sample';
import { apiPath } from '../../mocks/handlers';
import { server } from '../../mocks/node';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('API client', () => {
  it('returns parsed data that matches the schema', async () => {
    const meta = await fetchResource('meta');
    expect(meta.organisation.name).toBe(sampleDataset.meta.organisation.name);
    const locations = await fetchResource('storageLocations');
    expect(locations.map((item) => item.role)).toEqual(['primary', 'backup']);
  });

  it('maps a network failure to a network error naming the resource', async () => {
    server.use(http.get(apiPath('meta.json'), () => HttpResponse.error()));
    const error = await failure(fetchResource('meta'));
    expect(error.kind).toBe('network');
    expect(error.resource).toBe('meta');
  });

  it('maps an HTTP error status to an http error with the status', async () => {
    server.use(http.get(apiPath('access-controls.json'), () => new HttpResponse('nope', { status: 503 })));
    const error = await failure(fetchResource('accessControls'));
    expect(error).toMatchObject({ kind: 'http', status: 503, resource: 'access-controls' });
    expect(error.message).toBe('access-controls: HTTP 503');
  });

  it('maps a body that is not JSON to a json error', async () => {
    server.use(http.get(apiPath('meta.json'), () => new HttpResponse('<html>', { status: 200 })));
    expect((await failure(fetchResource('meta'))).kind).toBe('json');
  });

  it('maps a wrong shape to a schema error naming the field', async () => {
    const broken = structuredClone(sampleDataset.accessRequests);
    (broken[3]!.received as { kind: string }).kind = 'approximately';
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json(broken)));
    const error = await failure(fetchResource('accessRequests'));
    expect(error.kind).toBe('schema');
    expect(error.field).toBe('[3].received.kind');
    expect(error.message).toContain('access-requests: unexpected shape at [3].received.kind');
  });

  it('names the wrong row of a long table by its place in the whole table, checked a slice at a time', async () => {
    const broken = manyRequests(40, 20, 6);
    (broken[4321]!.received as { kind: string }).kind = 'approximately';
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json(broken)));
    const error = await failure(fetchResource('accessRequests'));
    expect(error.field).toBe('[4321].received.kind');
  });

  it('maps a slow answer to a timeout error', async () => {
    server.use(
      http.get(apiPath('meta.json'), async () => {
        await delay(500);
        return HttpResponse.json(sampleDataset.meta);
      }),
    );
    expect((await failure(fetchResource('meta', { timeoutMs: 50 }))).kind).toBe('timeout');
  });

  it('lets a cancellation by the caller through unchanged', async () => {
    server.use(
      http.get(apiPath('meta.json'), async () => {
        await delay(500);
        return HttpResponse.json(sampleDataset.meta);
      }),
    );
    const controller = new AbortController();
    const pending = fetchResource('meta', { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((reason: unknown) => reason);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('reads the published data version alone, checked as the schema checks it', async () => {
    await expect(fetchPublishedDataVersion()).resolves.toBe(sampleDataset.meta.dataVersion);
    // Only the field it reads is checked: the rest of meta.json may be anything.
    expect(dataVersionOf({ dataVersion: '2026.1', organisation: 7 }, 'meta')).toBe('2026.1');
    for (const body of [null, [], { dataVersion: '' }, { dataVersion: 3 }, {}]) {
      expect(() => dataVersionOf(body, 'meta')).toThrow(
        expect.objectContaining({ kind: 'schema', field: 'dataVersion' }) as Error,
      );
    }
    server.use(http.get(apiPath('meta.json'), () => new HttpResponse('nope', { status: 404 })));
    expect((await failure(fetchPublishedDataVersion())).kind).toBe('http');
  });
});
