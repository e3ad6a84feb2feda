import { queryOptions } from '@tanstack/react-query';
import { ApiError } from './errors';
import { apiFileUrl, fetchValidated, loadSchemas, type FetchOptions } from './client';
import { transparencyKeys } from './queries';
import { VERSIONS_FILE, versionFolder, type Dataset } from './resources';
import type { Manifest, VersionsIndex } from './schemas';

/*
 * The release history: the published versions, each one's dataset and manifest, and the files'
 * bytes for checking their digests. Only the Data and "What changed" pages read it, so it stays out
 * of the code every page loads. It goes through the API client's one checked fetch.
 */

/** The published SHA-256 digests of every downloadable file: of the latest version, or of one version. */
export function fetchManifest(options: FetchOptions & { version?: string } = {}): Promise<Manifest> {
  const folder = options.version ? versionFolder(options.version) : '';
  return fetchValidated(`${folder}manifest.json`, 'manifest', async () => (await loadSchemas()).manifest, options);
}

/** Every published version of the data, newest first. */
export function fetchVersions(options: FetchOptions = {}): Promise<VersionsIndex> {
  return fetchValidated(VERSIONS_FILE, 'versions', async () => (await loadSchemas()).versionsIndex, options);
}

/** One version's whole dataset, as it was released. */
export async function fetchVersionDataset(version: string, options: FetchOptions = {}): Promise<Dataset> {
  return (await fetchValidated(
    `${versionFolder(version)}dataset.json`,
    `dataset ${version}`,
    async () => (await loadSchemas()).datasetSchema,
    options,
  )) as Dataset;
}

/** The bytes of a published file, exactly as served, for checking its digest. */
export async function fetchFileBytes(file: string, { signal }: FetchOptions = {}): Promise<ArrayBuffer> {
  const response = await fetch(apiFileUrl(file), { signal, credentials: 'omit', cache: 'no-cache' });
  if (!response.ok) throw new ApiError('http', file, `HTTP ${response.status}`, { status: response.status });
  return response.arrayBuffer();
}

export const manifestQuery = () =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest({ signal }),
    staleTime: 5 * 60_000,
  });

/** The list of versions changes with each release, like the resources. */
export const versionsQuery = () =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'versions'] as const,
    queryFn: ({ signal }) => fetchVersions({ signal }),
    staleTime: 5 * 60_000,
  });

// A released version never changes: once fetched, it is kept.
export const versionDatasetQuery = (version: string) =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'versions', version, 'dataset'] as const,
    queryFn: ({ signal }) => fetchVersionDataset(version, { signal }),
    staleTime: Infinity,
  });

export const versionManifestQuery = (version: string) =>
  queryOptions({
    queryKey: [...transparencyKeys.all, 'versions', version, 'manifest'] as const,
    queryFn: ({ signal }) => fetchManifest({ signal, version }),
    staleTime: Infinity,
  });
