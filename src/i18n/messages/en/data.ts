/** English messages of the data namespace: the source of these strings. */
export const data = {
  'data.title': 'Data and methodology',
  'data.intro':
    'What the figures mean, where they come from, and every file behind them, with digests that let anyone check a download is the one published.',
  'data.methodology': 'Methodology and definitions',
  'data.requesterTypes': 'Requester types',
  'data.requester.usLawEnforcement':
    'Federal, state and local police and prosecutors in the United States, acting under subpoenas, court orders or warrants.',
  'data.requester.usNationalSecurity':
    'Requests under US national-security law (such as FISA orders and National Security Letters). The law allows them to be published only in bands, such as 0–249.',
  'data.requester.otherUsGovernment':
    'US government bodies other than law enforcement and national security, such as regulators.',
  'data.requester.foreignGovernment':
    'Governments outside the United States, other than the Chinese government, which is counted on its own.',
  'data.requester.chineseGovernment':
    'Any authority of the People’s Republic of China. Counted separately because the question of its access is at the heart of public concern.',
  'data.requester.civilLitigant': 'Parties to civil lawsuits who seek user data through legal process.',
  'data.requester.internalEmployee':
    'Employees asking to reach user data outside their normal role, through the documented exception process.',
  'data.receivedDisclosed': 'Received and disclosed',
  'data.received': 'Received: a request counted once when it arrives, whatever its outcome.',
  'data.disclosed':
    'Disclosed: a request for which some user data (content or non-content) was handed over. A request refused, withdrawn or answered with no data is not a disclosure.',
  'data.countKinds': 'Four kinds of count',
  'data.count.exact': 'A number. 0 means that the figure was counted and is zero.',
  'data.count.suppressed':
    'Suppressed, for example “fewer than 5”. Small figures are withheld so that no individual investigation can be identified. The true value is somewhere from 0 to 4.',
  'data.count.band':
    'A band, for example “0–249”. US law requires national-security requests to be reported in such ranges.',
  'data.count.notReported':
    'Not reported. No figure was published, for example because it was not collected. It is never shown as 0, and totals that include it say “at least”.',
  'data.count.totals':
    'Totals are never summed as if hidden parts were known: a total with suppressed or banded parts is a range, and a total with a part not reported is “at least” its known part.',
  'data.storage': 'Primary and backup storage',
  'data.storage.primary': 'Primary: where the data is stored and served from in normal operation.',
  'data.storage.backup':
    'Backup: an encrypted copy kept for disaster recovery, replicated from the primary location; it is not used to serve users.',
  'data.periods': 'Reporting periods',
  'data.periods.text':
    'Figures are reported per half-year. The data is as of {asOf} and was last updated on {updated}.',
  'data.period.range': '{label}: {start} to {end}',
  'data.downloads': 'Downloads',
  'data.downloads.intro':
    'Every resource as JSON, tabular ones also as CSV, the whole dataset in one file, and the API description. Digests are SHA-256.',
  'data.col.file': 'File',
  'data.col.content': 'Content',
  'data.col.size': 'Size',
  'data.col.digest': 'SHA-256',
  'data.col.check': 'Check in this browser',
  'data.file.dataset': 'The whole dataset in one file',
  'data.file.openapi': 'The API description (OpenAPI 3.1)',
  'data.file.csv': '{content} (CSV)',
  'data.verify': 'Check the files yourself',
  'data.verify.howTo': 'Save the files and the list of digests into one folder, then run:',
  'data.verify.manifest': 'The same digests, with the data version, are in {file}.',
  'data.verify.browser': 'This page has also checked the files in your browser:',
  'data.verify.running': 'Checking the files…',
  'data.verify.allMatch': 'All {count} files match the published manifest for data version {version}.',
  'data.verify.mismatch':
    '{count} of {total} files do not match the published manifest. Do not trust them until this is explained.',
  'data.verify.status.match': 'Matches',
  'data.verify.status.mismatch': 'Does not match',
  'data.verify.status.error': 'Could not be loaded',
  'data.verify.unsupported':
    'This browser cannot compute digests on this connection (WebCrypto needs HTTPS). Use the command above.',
  'data.changelog': 'Changelog',
  'data.changelog.version': 'Data version {version}, {date}',
  'data.changelog.empty': 'No versions are listed.',
  'data.file.meta': 'Report information: organisation, scope, periods, dates and data version',
  'data.file.storageLocations': 'Storage locations',
  'data.file.replicationFlows': 'Replication flows between locations',
  'data.file.accessControls': 'Employee-access controls',
  'data.file.auditStatistics': 'Audit statistics per period',
  'data.file.accessRequests': 'Access requests per period, requester type and country',
  'data.file.changelog': 'Data versions and their changes',
} as const;
