import { jsonFileText as json } from '../api/publish';
import type { ApiFiles, PublishedPackage } from '../api/datapackage';
import { RELEASES_FEED_FILE, SIGNATURE_FILE, SIGNING_KEY_FILE, VERSIONS_FILE, versionFolder } from '../api/resources';
import type { VersionsIndex } from '../api/schemas';
import { compareVersions, countByKind } from '../api/versionChanges';
import type { Release } from './dataPackage/readReleases';
import { releaseFeed } from './releaseFeed';
import type { ManifestSigner } from './signing';

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export interface PublishVersionsOptions {
  /** Newest first; the first is the latest. */
  releases: Release[];
  latest: PublishedPackage;
  signer: ManifestSigner | null;
  siteUrl?: string;
}

/**
 * Every file the site publishes under /api/v1/: the latest version's files at the top, as they
 * are in its own folder; each version in versions/<version>/, recorded ones byte for byte; the
 * list of versions, the Atom feed of releases and, with a key, each manifest's signature and the key.
 */
export function publishVersions({ releases, latest, signer, siteUrl }: PublishVersionsOptions): ApiFiles {
  const [newest] = releases;
  if (!newest) throw new Error('publishVersions needs at least the latest version');
  const text: Record<string, string> = {};
  const binary: Record<string, string> = {};
  const publish = (prefix: string, release: Release) => {
    for (const [file, content] of release.files) text[`${prefix}${file}`] = content;
    if (signer) {
      const manifest = new TextEncoder().encode(release.files.get('manifest.json'));
      binary[`${prefix}${SIGNATURE_FILE}`] = toBase64(signer.sign(manifest));
    }
  };
  publish('', newest);
  for (const release of releases) publish(versionFolder(release.dataVersion), release);

  const changesFrom = releases.map((release, index) => {
    const previous = releases[index + 1];
    if (!previous) return undefined;
    const byKind = countByKind(compareVersions(previous.dataset, release.dataset));
    return { from: previous.dataVersion, byKind };
  });
  const index: VersionsIndex = {
    latest: newest.dataVersion,
    versions: releases.map((release, position) => {
      const changes = changesFrom[position];
      return {
        dataVersion: release.dataVersion,
        released: release.released,
        manifestSha256: release.manifestSha256,
        path: versionFolder(release.dataVersion),
        periods: release.dataset.meta.periods.map((period) => period.id),
        asOf: release.dataset.meta.asOf,
        signed: signer !== null,
        recorded: release.recorded,
        ...(changes
          ? {
              changes: {
                from: changes.from,
                total: Object.values(changes.byKind).reduce((sum, count) => sum + count, 0),
                byKind: changes.byKind,
              },
            }
          : {}),
      };
    }),
  };
  text[VERSIONS_FILE] = json(index);
  text[RELEASES_FEED_FILE] = releaseFeed({
    meta: latest.dataset.meta,
    packageName: latest.info.name ?? 'data',
    siteUrl,
    releases: releases.map((release, position) => ({
      dataVersion: release.dataVersion,
      released: release.released,
      ...changesFrom[position],
      notes: release.dataset.changelog.find((entry) => entry.dataVersion === release.dataVersion)?.changes ?? [],
    })),
  });
  if (signer) text[SIGNING_KEY_FILE] = signer.publicKeyPem;
  return { text, binary };
}
