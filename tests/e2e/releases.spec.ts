import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, expectConsoleErrorsOnly, expectNoSeriousAxeViolations, test } from './fixtures';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface VersionsIndex {
  latest: string;
  versions: { dataVersion: string; path: string; manifestSha256: string; signed: boolean; recorded: boolean }[];
}

test.describe('What changed between versions', () => {
  // Each kind of change, with the item it is about and the words of its row.
  const expected = [
    { from: '2025.1', to: '2025.3', group: 'Reporting periods', row: 'H1 2025', kind: 'Period added' },
    { from: '2025.1', to: '2025.3', group: 'Employee-access controls', row: 'AC-13', kind: 'Added' },
    { from: '2025.3', to: '2026.2', group: 'Employee-access controls', row: 'AC-15', kind: 'Removed' },
    {
      from: '2025.3',
      to: '2026.2',
      group: 'Employee-access controls',
      row: 'AC-09',
      what: 'Status',
      before: 'Partly implemented',
      after: 'Implemented',
    },
    {
      from: '2025.3',
      to: '2026.2',
      group: 'Employee-access controls',
      row: 'AC-06',
      what: 'Framework mappings',
      after: 'NIST SP 800-53 AU-9',
    },
    {
      from: '2025.3',
      to: '2026.2',
      group: 'Employee-access controls',
      row: 'AC-01',
      what: 'Last reviewed',
      before: 'May 14, 2025',
      after: 'Nov 20, 2025',
    },
    {
      from: '2025.3',
      to: '2026.2',
      group: 'Audit statistics',
      row: 'H1 2025',
      what: 'Access requests approved',
      before: '725',
      after: '731',
    },
    {
      from: '2025.1',
      to: '2025.3',
      group: 'Requests for data',
      row: 'H2 2024 · US law enforcement · United States',
      what: 'Received',
      before: '1,672',
      after: '1,688',
    },
    {
      from: '2025.3',
      to: '2026.2',
      group: 'Requests for data',
      row: 'Singapore',
      what: 'Received',
      before: 'fewer than 5',
      after: '5',
    },
    {
      from: '2025.1',
      to: '2025.3',
      group: 'Storage locations',
      row: 'Singapore',
      what: 'Role',
      before: 'primary storage',
      after: 'backup storage',
    },
    { from: '2025.1', to: '2025.3', group: 'Storage locations', row: 'Texas', kind: 'Added' },
    { from: '2025.3', to: '2026.2', group: 'Storage locations', row: 'Texas', kind: 'Removed' },
    { from: '2025.1', to: '2025.3', group: 'Replication flows', row: 'virginia-to-texas', kind: 'Added' },
    { from: '2025.1', to: '2025.3', group: 'Replication flows', row: 'virginia-to-oregon', kind: 'Removed' },
    {
      from: '2025.1',
      to: '2025.3',
      group: 'Replication flows',
      row: 'virginia-to-singapore',
      what: 'Mode',
      before: 'synchronous',
      after: 'asynchronous',
    },
  ];

  for (const change of expected) {
    test(`${change.from} → ${change.to}: ${change.group}, ${change.row}, ${change.what ?? change.kind}`, async ({
      page,
    }) => {
      await page.goto(`/changes?from=${change.from}&to=${change.to}`);
      const group = page.getByRole('region', { name: new RegExp(`^${change.group} \\(`) });
      const rows = group.getByRole('row').filter({ has: page.getByRole('rowheader').filter({ hasText: change.row }) });
      const row = change.what ? rows.filter({ hasText: change.what }) : rows.filter({ hasText: change.kind! });
      await expect(row).toHaveCount(1);
      if (change.kind) await expect(row.locator('td').last()).toHaveText(change.kind);
      if (change.before) await expect(row.locator('.change-value--before')).toContainText(change.before);
      if (change.after) await expect(row.locator('.change-value--after')).toContainText(change.after);
    });
  }

  test('the page for the latest two versions is prerendered, counted by kind, filtered, exported and cited', async ({
    page,
  }) => {
    const html = await (await page.request.get('/changes/')).text();
    expect(html).toContain('From 2025.3 to 2026.2');
    await page.goto('/changes');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('From 2025.3 to 2026.2');
    const counts = page.getByRole('table', { name: 'Changes by kind' });
    await expect(counts.locator('tr[data-kind="revised"] td')).toHaveText('5');

    await page.getByRole('combobox', { name: 'Show' }).selectOption('revised');
    await expect(page).toHaveURL(/kind=revised/);
    await expect(page.getByRole('status').filter({ hasText: 'Showing 5 of 19 changes.' })).toBeVisible();
    await expect(page.locator('.change-table tbody tr:not([data-kind="revised"])')).toHaveCount(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download these changes (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('changes-2025.3-to-2026.2.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('from_version,to_version,resource,item,field,kind,before,after');
    expect(lines).toHaveLength(1 + 5);
    expect(csv).toContain(
      '2025.3,2026.2,accessRequests,2025-H1 · internalEmployee · SG,received,revised,suppressed <5,exact 5',
    );

    await expect(page.getByRole('link', { name: 'Link to this comparison' })).toHaveAttribute(
      'href',
      '/changes/?from=2025.3&to=2026.2',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.change-filters')).toBeHidden();
    await expect(page.locator('.change-table').first()).toBeVisible();
  });

  test('a row on one side only is named on the other as its row header names it, not by its key', async ({ page }) => {
    await page.goto('/changes/');
    const row = page
      .locator('section[aria-labelledby="changes-locationAccess"] tbody tr')
      .filter({ has: page.getByRole('cell', { name: 'the whole row' }) })
      .first();
    await expect(row.locator('th')).toHaveText('Texas · H1 2025');
    await expect(row.locator('.change-value--before')).toHaveText('Texas · H1 2025');
  });

  test('versions that failed to load come back with one Retry', async ({ page, watch }) => {
    let failing = true;
    await page.route('**/api/v1/versions/*/dataset.json', (route) =>
      failing ? route.fulfill({ status: 503, body: '' }) : route.fallback(),
    );
    await page.goto('/changes/?from=2025.1&to=2025.3');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('HTTP status 503');
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('From 2025.1 to 2025.3');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expectConsoleErrorsOnly(watch, [/Failed to load resource: the server responded with a status of 503/]);
  });

  test('an unknown version is named, with a way back', async ({ page }) => {
    await page.goto('/changes?from=1999.1&to=2026.2');
    await expect(page.getByRole('alert')).toContainText('No version “1999.1” has been published.');
    await page.getByRole('link', { name: 'Compare the latest two versions' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('From 2025.3 to 2026.2');
  });

  test('reads in French, passes axe in light and dark, and fits 320 px', async ({ page }) => {
    await page.goto('/fr/changes/?from=2025.1&to=2026.2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ce qui a changé dans les données');
    await expect(page.getByRole('columnheader', { name: 'Dans 2025.1' }).first()).toBeVisible();
    // Versions carry no translation of their own: today's is laid over their text where it is still today's;
    // a title that has changed since shows as the version wrote it, marked as English.
    const controls = page.locator('section[aria-labelledby="changes-accessControls"]');
    await expect(controls.locator('tbody th[scope="row"] span[lang="en"]').first()).toBeVisible();
    await expect(
      controls.locator('tbody th[scope="row"]').filter({ hasText: 'AC-01 Comptes nominatifs' }).first(),
    ).toBeVisible();
    // A row of requests is named in French: its period, its country, and its category as translated today.
    const requests = page.locator('section[aria-labelledby="changes-accessRequests"] tbody th[scope="row"]').first();
    await expect(requests.locator('span[lang="en"]')).toHaveCount(0);
    await expect(requests).toContainText(/S[12] 20\d\d/);
    const status = controls
      .locator('tbody tr')
      .filter({ has: page.getByRole('cell', { name: 'Statut', exact: true }) });
    await expect(status.first()).toBeVisible();
    await expect(status.first().locator('.change-value--after')).not.toHaveAttribute('lang');
    await expect(page.locator('.change-value[lang="en"]').first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoSeriousAxeViolations(page);
    }
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('Published versions', () => {
  test('every version’s files match its manifest, and its manifest the digest versions.json records', async ({
    request,
  }) => {
    const index = (await (await request.get('/api/v1/versions.json')).json()) as VersionsIndex;
    expect(index.versions.map((version) => version.dataVersion)).toEqual(['2026.2', '2025.3', '2025.1']);
    for (const version of index.versions) {
      const manifestBytes = await (await request.get(`/api/v1/${version.path}manifest.json`)).body();
      expect(sha256(manifestBytes), version.dataVersion).toBe(version.manifestSha256);
      const manifest = JSON.parse(manifestBytes.toString('utf8')) as { files: { file: string; sha256: string }[] };
      for (const entry of manifest.files) {
        const body = await (await request.get(`/api/v1/${version.path}${entry.file}`)).body();
        expect(sha256(body), `${version.path}${entry.file}`).toBe(entry.sha256);
      }
    }
    // The latest is also at the top, the same files.
    const latest = await (await request.get('/api/v1/manifest.json')).body();
    expect(sha256(latest)).toBe(index.versions[0]!.manifestSha256);
  });

  test('the Atom feed is XML with the elements RFC 4287 requires, and every page links it', async ({ page }) => {
    await page.goto('/data');
    const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toBe('/api/v1/releases.atom');
    const feed = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      // Relative links resolve against the feed's own address.
      const resolve = (link: string) => {
        const address = new URL(link, new URL(url, location.href));
        return address.pathname + address.search;
      };
      const child = (parent: Element, name: string) =>
        [...parent.children].find((element) => element.namespaceURI === atom && element.localName === name);
      const root = xml.documentElement;
      return {
        error: xml.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        feed: ['id', 'title', 'updated', 'author'].map((name) => Boolean(child(root, name)?.textContent?.trim())),
        self: [...root.children].some(
          (element) => element.localName === 'link' && element.getAttribute('rel') === 'self',
        ),
        entries: [...root.children]
          .filter((element) => element.localName === 'entry')
          .map((entry) => ({
            fields: ['id', 'title', 'updated', 'summary'].map((name) =>
              Boolean(child(entry, name)?.textContent?.trim()),
            ),
            link: resolve(
              [...entry.children]
                .find((element) => element.localName === 'link' && element.getAttribute('rel') === 'alternate')
                ?.getAttribute('href') ?? '',
            ),
          })),
      };
    }, href!);
    expect(feed.error).toBe(0);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.feed).toEqual([true, true, true, true]);
    expect(feed.self).toBe(true);
    expect(feed.entries.map((entry) => entry.fields)).toEqual([
      [true, true, true, true],
      [true, true, true, true],
      [true, true, true, true],
    ]);
    expect(feed.entries[0]!.link).toBe('/changes/?from=2025.3&to=2026.2');
    await page.goto(feed.entries[0]!.link);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('From 2025.3 to 2026.2');
    for (const path of ['/', '/access-controls', '/requests', '/embed', '/changes']) {
      const html = await (await page.request.get(path)).text();
      expect(html, path).toContain('rel="alternate" type="application/atom+xml" title="Data releases"');
    }
    // Named in each page's own language.
    for (const [path, title] of [
      ['/fr/data/', 'Versions des données'],
      ['/ar/', 'إصدارات البيانات'],
    ]) {
      const html = await (await page.request.get(path!)).text();
      expect(html, path).toContain(`type="application/atom+xml" title="${title}" href="/api/v1/releases.atom"`);
    }
  });

  test('each version’s manifest signature verifies with OpenSSL alone', async ({ request }) => {
    const index = (await (await request.get('/api/v1/versions.json')).json()) as VersionsIndex;
    const dir = await mkdtemp(path.join(tmpdir(), 'drd-verify-'));
    try {
      await writeFile(path.join(dir, 'signing-key.pem'), await (await request.get('/api/v1/signing-key.pem')).body());
      for (const version of ['', ...index.versions.map((entry) => entry.path)]) {
        expect(index.versions.every((entry) => entry.signed)).toBe(true);
        await writeFile(
          path.join(dir, 'manifest.json'),
          await (await request.get(`/api/v1/${version}manifest.json`)).body(),
        );
        await writeFile(
          path.join(dir, 'manifest.json.sig'),
          await (await request.get(`/api/v1/${version}manifest.json.sig`)).body(),
        );
        const { stdout } = await promisify(execFile)(
          'openssl',
          [
            'pkeyutl',
            '-verify',
            '-pubin',
            '-inkey',
            'signing-key.pem',
            '-rawin',
            '-in',
            'manifest.json',
            '-sigfile',
            'manifest.json.sig',
          ],
          { cwd: dir },
        );
        expect(stdout, version || 'latest').toContain('Signature Verified Successfully');
      }
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  test('the data page verifies the signature of any version in the browser', async ({ page }) => {
    await page.goto('/data');
    await expect(page.locator('.signature-valid')).toHaveText(
      /The signature of manifest.json of version 2026.2 is valid/,
    );
    await expect(page.locator('.signature-fingerprint')).toHaveText(
      '7f9a59190898ffb237ba2a3a20f6b5da5ca437a2136f25c1bcd0e494b6731da9',
    );
    await page.getByLabel('Version to check').selectOption('2025.1');
    await expect(page).toHaveURL(/version=2025\.1/);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'All 20 files match the published manifest for data version 2025.1.' }),
    ).toBeVisible();
    await expect(page.locator('.signature-valid')).toHaveText(/of version 2025.1 is valid/);
    const link = page.getByRole('table', { name: 'Downloads' }).locator('tr[data-file="meta.json"] a');
    await expect(link).toHaveAttribute('href', '/api/v1/versions/2025.1/meta.json');
  });

  test('a manifest changed by one byte fails the signature check visibly, though every digest still matches', async ({
    page,
  }) => {
    await page.route('**/api/v1/manifest.json', async (route) => {
      const response = await route.fetch();
      const bytes = Buffer.from(await response.body());
      // A file's stated size, one digit changed: still valid JSON, and no digest in it changes.
      const at = bytes.indexOf('"bytes": ') + '"bytes": '.length;
      bytes[at] = bytes[at] === 0x31 ? 0x32 : 0x31;
      await route.fulfill({ response, body: bytes });
    });
    await page.goto('/data');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The signature does not match manifest.json' }),
    ).toBeVisible();
    await expect(page.locator('.signature-valid')).toHaveCount(0);
  });
});
