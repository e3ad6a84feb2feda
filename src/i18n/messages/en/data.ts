/** English messages of the data namespace: the source of these strings. */
export const data = {
  'data.title': 'Data and methodology',
  'data.intro':
    'What the figures mean, where they come from, and every file behind them, with digests that let anyone check a download is the one published.',
  'data.methodology': 'Methodology and definitions',
  'data.requesterTypes': 'Request categories',
  'data.headlineCategory': 'The headline figure is about this category.',
  'data.receivedDisclosed': 'Received and disclosed',
  'data.received': 'Received: a request counted once when it arrives, whatever its outcome.',
  'data.disclosed':
    'Disclosed: a request for which some user data (content or non-content) was handed over. A request refused, withdrawn or answered with no data is not a disclosure.',
  'data.countKinds': 'Kinds of figure',
  'data.count.exact': 'A number. 0 means that the figure was counted and is zero.',
  'data.count.suppressed':
    'Suppressed, for example “fewer than 5”. Small figures are withheld so that no individual investigation can be identified. The true value is somewhere from 0 to 4.',
  'data.count.band':
    'A band, for example “0–249”. Some laws allow certain requests to be published only in such ranges (in the United States, national-security requests).',
  'data.count.notReported':
    'Not reported. No figure was published, for example because it was not collected. It is never shown as 0, and totals that include it say “at least”.',
  'data.count.share':
    'A share, for example “62 %”: some reports give the percentage of requests for which some data was produced, not a count. A share is shown as a percentage and never turned into a count; a total over rows that publish shares is the share of all their requests, each share weighted by its requests, and a range where those requests are themselves a range.',
  'data.accounts':
    'Accounts specified: where the report gives it, the number of accounts named in the requests. One request can name many accounts.',
  'data.count.totals':
    'Totals are never summed as if hidden parts were known: a total with suppressed or banded parts is a range, and a total with a part not reported is “at least” its known part.',
  'data.storage': 'Primary and backup storage',
  'data.storage.primary': 'Primary: where the data is stored and served from in normal operation.',
  'data.storage.backup':
    'Backup: an encrypted copy kept for disaster recovery, replicated from the primary location; it is not used to serve users.',
  'data.periods': 'Reporting periods',
  'data.periods.text.year':
    'Figures are reported per year. The data is as of {asOf} and was last updated on {updated}.',
  'data.periods.text.half':
    'Figures are reported per half-year. The data is as of {asOf} and was last updated on {updated}.',
  'data.periods.text.quarter':
    'Figures are reported per quarter. The data is as of {asOf} and was last updated on {updated}.',
  'data.period.range': '{label}: {start} to {end}',
  'data.downloads': 'Downloads',
  'data.downloads.intro':
    'Every resource as JSON, tabular ones also as CSV, the whole dataset in one file, and the API description. Digests are SHA-256.',
  'data.col.file': 'File',
  'data.col.content': 'Content',
  'data.col.size': 'Size',
  'data.col.digest': 'SHA-256',
  'data.col.check': 'Check in this browser',
  'data.file.translation': 'The data’s text in {language}',
  'data.file.dataset': 'The whole dataset in one file',
  'data.file.openapi': 'The API description (OpenAPI 3.1)',
  'data.file.csv': '{content} (CSV)',
  'data.verify': 'Check the files yourself',
  'data.verify.howTo': 'Save the files and the list of digests into one folder, then run:',
  'data.verify.manifest': 'The same digests, with the data version, are in {file}.',
  'data.verify.browser': 'This page has also checked the files in your browser:',
  'data.verify.running': 'Checking the files…',
  'data.verify.allMatch.one': 'The file matches the published manifest for data version {version}.',
  'data.verify.allMatch.other': 'All {count} files match the published manifest for data version {version}.',
  'data.verify.mismatch.one':
    '{count} of {total} file does not match the published manifest. Do not trust it until this is explained.',
  'data.verify.mismatch.other':
    '{count} of {total} files do not match the published manifest. Do not trust them until this is explained.',
  'data.verify.unchecked.one': '{count} of {total} file could not be loaded, so it was not checked.',
  'data.verify.unchecked.other': '{count} of {total} files could not be loaded, so they were not checked.',
  'data.verify.status.match': 'Matches',
  'data.verify.status.mismatch': 'Does not match',
  'data.verify.status.error': 'Could not be loaded',
  'data.verify.unsupported':
    'This browser cannot compute digests on this connection (WebCrypto needs HTTPS). Use the command above.',
  'data.changelog': 'Changelog',
  'data.changelog.version': 'Data version {version}, {date}',
  'data.changelog.empty': 'No versions are listed.',
  'data.changelog.intro':
    'Each version’s files stay published at their own address, unchanged. Below each version: the publisher’s notes, and what changed as computed from the files.',
  'data.changelog.notes': 'Publisher’s notes',
  'data.changelog.computed': 'Computed from the files, against version {from}:',
  'data.changelog.first': 'The first published version: nothing to compare it with.',
  'data.changelog.seeChanges': 'Every change from {from} to {version}',
  'data.changelog.feed': 'New versions are announced in an Atom feed:',
  'data.changelog.feedTitle': 'Data releases',
  'data.version.choose': 'Version to check',
  'data.version.unrecorded':
    'Version {version} is not yet recorded as released: its files may still change under this number.',
  'data.version.unknown': 'No version “{version}” has been published.',
  'data.version.folder': 'The files of version {version}, which never change, are at:',
  'data.signature': 'Signature',
  'data.signature.intro':
    'A digest proves only that a file matches a manifest served from the same place. Each manifest is also signed with the publisher’s key, so a changed manifest shows too. Compare the key’s fingerprint with one the publisher states elsewhere, such as its annual report: only then do you know the key is theirs.',
  'data.signature.fingerprint': 'Fingerprint of the signing key (SHA-256 of the key):',
  'data.signature.key': 'Public key:',
  'data.changelog.kindCount': '{kind}: {count}',
  'data.signature.running': 'Checking the signature…',
  'data.signature.valid': 'The signature of manifest.json of version {version} is valid for this key.',
  'data.signature.invalid':
    'The signature does not match manifest.json of version {version}: this manifest is not the one the key signed.',
  'data.signature.unsupported':
    'This browser cannot check Ed25519 signatures (it needs Chromium 137, Firefox 129 or Safari 17). Check the signature with OpenSSL 3, as below.',
  'data.signature.unsigned': 'Version {version} is published without a signature.',
  'data.signature.howTo':
    'With OpenSSL 3, in the folder holding these three files (it prints “Signature Verified Successfully”):',
  'data.file.meta': 'Report information: organisation, scope, periods, dates and data version',
  'data.file.storageLocations': 'Storage locations',
  'data.file.replicationFlows': 'Replication flows between locations',
  'data.file.accessControls': 'Employee-access controls',
  'data.file.auditStatistics': 'Audit statistics per period',
  'data.file.accessRequests': 'Access requests per period, category and country',
  'data.file.changelog': 'Data versions and their changes',
  'data.file.locationAccess': 'Employee-access requests approved, per storage location and period',
  'data.file.requestCategories': 'Request categories and their definitions',
  'data.file.datapackage':
    'The data package descriptor (Frictionless Data Package v2), for loading the CSV files with their types',
} as const;
