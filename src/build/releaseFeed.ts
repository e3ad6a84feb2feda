import { createHash } from 'node:crypto';
import type { Meta } from '../api/schemas';
import { escapeMarkup } from '../lib/escapeMarkup';
import { changeKinds, type ChangeKind } from '../api/versionChanges';

export interface FeedRelease {
  dataVersion: string;
  released: string;
  /** The version before, if any, and the computed changes from it, by kind. */
  from?: string;
  byKind?: Record<ChangeKind, number>;
  /** The publisher's own notes for this version, from changelog.json. */
  notes: string[];
}

export interface FeedOptions {
  meta: Meta;
  /** The package's name in datapackage.json, part of the feed's permanent id. */
  packageName: string;
  /** Newest first. */
  releases: FeedRelease[];
  /** Where the site is published, if known (SITE_URL): links are then absolute. */
  siteUrl?: string;
}

const kindWords: Record<ChangeKind, [string, string]> = {
  periodAdded: ['period added', 'periods added'],
  periodRemoved: ['period removed', 'periods removed'],
  added: ['item added', 'items added'],
  removed: ['item removed', 'items removed'],
  changed: ['item changed', 'items changed'],
  revised: ['figure revised', 'figures revised'],
};

/** The computed changes in one English sentence, as the feed's summary says them. */
export function describeChangeCounts(byKind: Record<ChangeKind, number>): string {
  const parts = changeKinds
    .filter((kind) => byKind[kind] > 0)
    .map((kind) => `${byKind[kind]} ${kindWords[kind][byKind[kind] === 1 ? 0 : 1]}`);
  return parts.length === 0 ? 'No change in the data.' : `${parts.join(', ')}.`;
}

/** A UUID made from a name, so the same package always gets the same id (RFC 9562 style, version 8). */
function nameUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * Ids never change once a feed is read (RFC 4287, 4.2.6). The feed's is a UUID made from the package's
 * name. A version's is a tag URI (RFC 4151) on the organisation's domain and the version's own release
 * date, which never changes either; with no domain known, a UUID made from the name and the version.
 */
function feedIds(options: FeedOptions) {
  const domain = [options.meta.organisation.url, options.siteUrl]
    .map((address) => (address ? new URL(address).hostname : ''))
    .find(Boolean);
  return {
    feed: `urn:uuid:${nameUuid(`${options.packageName} releases`)}`,
    entry: (release: FeedRelease) =>
      domain
        ? `tag:${domain},${release.released}:${options.packageName}:version:${release.dataVersion}`
        : `urn:uuid:${nameUuid(`${options.packageName} version ${release.dataVersion}`)}`,
  };
}

/**
 * The Atom feed of releases (RFC 4287), newest first: one entry per version, with its date, the
 * computed changes and the publisher's notes, linking to its "what changed" page and its manifest.
 */
export function releaseFeed(options: FeedOptions): string {
  const { meta, releases } = options;
  const ids = feedIds(options);
  // Links resolve against the site's address, or else against the feed's own, /…/api/v1/releases.atom.
  const site = options.siteUrl ? options.siteUrl.replace(/\/?$/, '/') : '../../';
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const entries = releases.map((release) => {
    const changesPage = release.from
      ? `${site}changes/?from=${encodeURIComponent(release.from)}&to=${encodeURIComponent(release.dataVersion)}`
      : `${site}data/`;
    const counts = release.byKind
      ? `Changes from ${release.from}: ${describeChangeCounts(release.byKind)}`
      : 'First published version.';
    const notes = release.notes.length > 0 ? ` Publisher’s notes: ${release.notes.join(' ')}` : '';
    const summary = `${counts}${notes}`;
    return [
      '  <entry>',
      `    <id>${escapeMarkup(ids.entry(release))}</id>`,
      `    <title>${escapeMarkup(`Version ${release.dataVersion}`)}</title>`,
      `    <published>${stamp(release.released)}</published>`,
      `    <updated>${stamp(release.released)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeMarkup(changesPage)}"/>`,
      `    <link rel="related" type="application/json" href="${escapeMarkup(`${site}api/v1/versions/${release.dataVersion}/manifest.json`)}"/>`,
      `    <summary type="text">${escapeMarkup(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const author = [
    '  <author>',
    `    <name>${escapeMarkup(meta.organisation.name)}</name>`,
    ...(meta.organisation.url ? [`    <uri>${escapeMarkup(meta.organisation.url)}</uri>`] : []),
    '  </author>',
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeMarkup(ids.feed)}</id>`,
    `  <title>${escapeMarkup(`${meta.organisation.name}: data releases (${meta.scope})`)}</title>`,
    `  <updated>${stamp(releases[0]?.released ?? meta.lastUpdated)}</updated>`,
    ...author,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(options.siteUrl ? `${site}api/v1/releases.atom` : 'releases.atom')}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(`${site}data/`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
