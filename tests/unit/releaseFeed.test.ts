import { describe, expect, it } from 'vitest';
import sampleMeta from '../../mocks/sample/meta.json';
import { resourceSchemas } from '../../src/api/resourceSchemas';
import type { Meta } from '../../src/api/schemas';
import type { ChangeKind } from '../../src/api/versionChanges';
import { describeChangeCounts, releaseFeed, type FeedRelease } from '../../src/build/releaseFeed';

const ATOM = 'http://www.w3.org/2005/Atom';
const meta: Meta = resourceSchemas.meta.parse(sampleMeta);
const packageName = 'example-platform-us-user-data';

const counts = (partial: Partial<Record<ChangeKind, number>>): Record<ChangeKind, number> => ({
  periodAdded: 0,
  periodRemoved: 0,
  added: 0,
  removed: 0,
  changed: 0,
  revised: 0,
  ...partial,
});

const v2025_1: FeedRelease = { dataVersion: '2025.1', released: '2025-02-20', notes: ['First publication.'] };
const v2025_3: FeedRelease = {
  dataVersion: '2025.3',
  released: '2025-08-30',
  from: '2025.1',
  byKind: counts({ periodAdded: 1, revised: 2 }),
  notes: ['Added 2025-H1 figures.', '2024-H2 US law-enforcement figures corrected.'],
};
const v2026_2: FeedRelease = {
  dataVersion: '2026.2',
  released: '2026-02-15',
  from: '2025.3',
  byKind: counts({ periodAdded: 1, changed: 1 }),
  notes: ['Added 2025-H2 figures.'],
};
const releases = [v2026_2, v2025_3, v2025_1];

/** Parses the feed as XML, failing on any parse error. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(ATOM);
  expect(doc.documentElement.localName).toBe('feed');
  return doc;
}

const child = (parent: Element, name: string) => [...parent.children].find((element) => element.localName === name);
const text = (parent: Element, name: string) => child(parent, name)?.textContent ?? null;
const link = (parent: Element, rel: string) =>
  [...parent.children].find((element) => element.localName === 'link' && element.getAttribute('rel') === rel);
const entries = (doc: Document) => [...doc.documentElement.children].filter((element) => element.localName === 'entry');

function ids(xml: string): { feed: string | null; entries: Map<string, string | null> } {
  const doc = parse(xml);
  return {
    feed: text(doc.documentElement, 'id'),
    entries: new Map(entries(doc).map((entry) => [text(entry, 'title')!, text(entry, 'id')])),
  };
}

describe('the Atom feed of releases', () => {
  it('is well-formed Atom with an id, a title, its date, its author and a link to itself', () => {
    const feed = parse(releaseFeed({ meta, packageName, releases })).documentElement;
    expect(text(feed, 'id')).toBeTruthy();
    expect(text(feed, 'title')).toBe('Example Platform (sample): data releases (US user data)');
    expect(text(feed, 'updated')).toBe('2026-02-15T00:00:00Z');
    expect(text(child(feed, 'author')!, 'name')).toBe('Example Platform (sample)');
    expect(text(child(feed, 'author')!, 'uri')).toBe('https://example.org/');
    expect(link(feed, 'self')?.getAttribute('href')).toBe('releases.atom');
    expect(link(feed, 'self')?.getAttribute('type')).toBe('application/atom+xml');
  });

  it('has one entry per release, newest first, each with its id, title, date and the page of what changed', () => {
    const doc = parse(releaseFeed({ meta, packageName, releases }));
    const list = entries(doc);
    expect(list.map((entry) => text(entry, 'title'))).toEqual(['Version 2026.2', 'Version 2025.3', 'Version 2025.1']);
    const [latest, middle, first] = list as [Element, Element, Element];
    expect(text(latest, 'id')).toBeTruthy();
    expect(text(latest, 'updated')).toBe('2026-02-15T00:00:00Z');
    expect(text(middle, 'updated')).toBe('2025-08-30T00:00:00Z');
    // Relative to the feed's own address, /…/api/v1/releases.atom, when the site's is not known.
    expect(link(latest, 'alternate')?.getAttribute('href')).toBe('../../changes/?from=2025.3&to=2026.2');
    expect(link(middle, 'alternate')?.getAttribute('href')).toBe('../../changes/?from=2025.1&to=2025.3');
    expect(link(first, 'alternate')?.getAttribute('href')).toBe('../../data/');
    expect(link(latest, 'related')?.getAttribute('href')).toBe('../../api/v1/versions/2026.2/manifest.json');
  });

  it('links absolutely under the site’s address when it is given', () => {
    const siteUrl = 'https://transparency.example/transparency';
    const doc = parse(releaseFeed({ meta, packageName, releases, siteUrl }));
    expect(link(doc.documentElement, 'self')?.getAttribute('href')).toBe(
      'https://transparency.example/transparency/api/v1/releases.atom',
    );
    expect(link(entries(doc)[0]!, 'alternate')?.getAttribute('href')).toBe(
      'https://transparency.example/transparency/changes/?from=2025.3&to=2026.2',
    );
    expect(link(entries(doc)[2]!, 'alternate')?.getAttribute('href')).toBe(
      'https://transparency.example/transparency/data/',
    );
  });

  it('sums each release up with the computed changes and the publisher’s notes', () => {
    const [latest, middle, first] = entries(parse(releaseFeed({ meta, packageName, releases })));
    expect(text(latest!, 'summary')).toBe(
      'Changes from 2025.3: 1 period added, 1 item changed. Publisher’s notes: Added 2025-H2 figures.',
    );
    expect(text(middle!, 'summary')).toBe(
      'Changes from 2025.1: 1 period added, 2 figures revised. ' +
        'Publisher’s notes: Added 2025-H1 figures. 2024-H2 US law-enforcement figures corrected.',
    );
    expect(text(first!, 'summary')).toBe('First published version. Publisher’s notes: First publication.');
  });

  it('gives each version a tag: id on the organisation’s domain and its own release date, which never change', () => {
    const before = ids(releaseFeed({ meta, packageName, releases: [v2025_3] }));
    const after = ids(releaseFeed({ meta, packageName, releases }));
    expect(after.entries.get('Version 2026.2')).toBe(`tag:example.org,2026-02-15:${packageName}:version:2026.2`);
    expect(after.entries.get('Version 2025.1')).toBe(`tag:example.org,2025-02-20:${packageName}:version:2025.1`);
    // Adding a release, newer or older, changes no id already published.
    expect(after.feed).toBe(before.feed);
    expect(after.entries.get('Version 2025.3')).toBe(before.entries.get('Version 2025.3'));
    // The site's own address does not change them either, once the organisation's domain is known.
    const elsewhere = ids(releaseFeed({ meta, packageName, releases, siteUrl: 'https://elsewhere.example/' }));
    expect(elsewhere.feed).toBe(after.feed);
    expect(elsewhere.entries.get('Version 2026.2')).toBe(after.entries.get('Version 2026.2'));
  });

  it('uses the site’s domain for version ids when the organisation has no address', () => {
    const anonymous: Meta = { ...meta, organisation: { name: meta.organisation.name } };
    const feed = ids(releaseFeed({ meta: anonymous, packageName, releases, siteUrl: 'https://transparency.example/' }));
    expect(feed.entries.get('Version 2025.3')).toBe(
      `tag:transparency.example,2025-08-30:${packageName}:version:2025.3`,
    );
    expect(feed.feed).toMatch(/^urn:uuid:/);
  });

  it('with no domain known, gives urn:uuid ids made from the package’s name, the same on every build', () => {
    const anonymous: Meta = { ...meta, organisation: { name: meta.organisation.name } };
    const first = ids(releaseFeed({ meta: anonymous, packageName, releases }));
    const again = ids(releaseFeed({ meta: anonymous, packageName, releases: [v2025_3, v2025_1] }));
    const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(first.feed).toMatch(uuid);
    for (const id of first.entries.values()) expect(id).toMatch(uuid);
    expect(new Set([first.feed, ...first.entries.values()]).size).toBe(4);
    expect(again.feed).toBe(first.feed);
    expect(again.entries.get('Version 2025.3')).toBe(first.entries.get('Version 2025.3'));
    // Another package gets other ids.
    expect(ids(releaseFeed({ meta: anonymous, packageName: 'another-package', releases })).feed).not.toBe(first.feed);
  });

  it('escapes &, <, > and " so that any text reads back as written', () => {
    const name = 'Smith & Jones <Data> "Ltd"';
    const note = 'Fixed <b>bold</b> & "quoted" figures > 5.';
    const awkward: Meta = { ...meta, organisation: { ...meta.organisation, name }, scope: 'A & B' };
    const doc = parse(
      releaseFeed({
        meta: awkward,
        packageName,
        releases: [{ ...v2025_1, notes: [note] }],
        siteUrl: 'https://transparency.example/r&d/',
      }),
    );
    expect(text(child(doc.documentElement, 'author')!, 'name')).toBe(name);
    expect(text(doc.documentElement, 'title')).toBe(`${name}: data releases (A & B)`);
    expect(text(entries(doc)[0]!, 'summary')).toBe(`First published version. Publisher’s notes: ${note}`);
    expect(link(doc.documentElement, 'alternate')?.getAttribute('href')).toBe('https://transparency.example/r&d/data/');
  });
});

describe('the computed changes in a sentence', () => {
  it('counts each kind in the singular or the plural, in the order of the kinds', () => {
    expect(describeChangeCounts(counts({ added: 1, changed: 1, revised: 1 }))).toBe(
      '1 item added, 1 item changed, 1 figure revised.',
    );
    expect(describeChangeCounts(counts({ periodAdded: 2, periodRemoved: 1, removed: 3, revised: 12 }))).toBe(
      '2 periods added, 1 period removed, 3 items removed, 12 figures revised.',
    );
  });

  it('says so when nothing changed', () => {
    expect(describeChangeCounts(counts({}))).toBe('No change in the data.');
  });
});
