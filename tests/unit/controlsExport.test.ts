import { describe, expect, it } from 'vitest';
import type { AccessControl } from '../../src/api/schemas';
import { compareAuditPeriod } from '../../src/features/access-controls/auditComparison';
import { controlsToCsv, controlsToJson, exportFileName } from '../../src/features/access-controls/controlsExport';
import { sampleDataset } from '../support/sample';

const hostile: AccessControl = {
  ...sampleDataset.accessControls[0]!,
  id: 'X-1',
  title: '=HYPERLINK("http://evil.example","click")',
  description: 'Line one, with "quotes"\nline two',
  evidence: [{ label: 'bad', url: 'javascript:alert(1)' }],
};

describe('controls export', () => {
  it('writes one CSV row per control with a header', () => {
    const csv = controlsToCsv(sampleDataset.accessControls, '2025-12-31');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,title,category,status,frameworks,last_reviewed,review_overdue,evidence_urls,description');
    expect(lines).toHaveLength(sampleDataset.accessControls.length + 1);
    expect(lines[1]).toMatch(/^AC-01,Named accounts with hardware-key MFA,identity,implemented,/);
    expect(csv).toContain('AC-05,');
  });

  it('quotes and neutralises hostile text', () => {
    const csv = controlsToCsv([hostile], '2025-12-31');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csv).toContain('"Line one, with ""quotes""\nline two"');
  });

  it('names files with the data version, as-of date and scope', () => {
    expect(exportFileName(sampleDataset.meta, 'filtered', 'csv')).toBe(
      'access-controls_v2026.2_2025-12-31_filtered.csv',
    );
    expect(exportFileName(sampleDataset.meta, 'all', 'json')).toBe('access-controls_v2026.2_2025-12-31_all.json');
  });

  it('records the version, date and view in the JSON export', () => {
    const json = JSON.parse(
      controlsToJson([hostile], sampleDataset.meta, 'https://x/access-controls?status=planned', 14),
    );
    expect(json).toMatchObject({ dataVersion: '2026.2', asOf: '2025-12-31', total: 14 });
    expect(json.view).toBe('https://x/access-controls?status=planned');
    expect(json.controls[0].title).toBe(hostile.title);
  });
});

describe('audit comparison', () => {
  it('sets each figure beside the previous period', () => {
    const comparison = compareAuditPeriod(sampleDataset.auditStatistics, '2025-H2')!;
    expect(comparison.previousPeriod).toBe('2025-H1');
    expect(comparison.rows.find((row) => row.metric === 'requestsReceived')).toEqual({
      metric: 'requestsReceived',
      current: 860,
      previous: 902,
      unit: 'count',
    });
    expect(comparison.rows.find((row) => row.metric === 'medianApprovalHours')?.unit).toBe('hours');
    expect(comparison.rows.filter((row) => row.metric.startsWith('findings.'))).toHaveLength(8);
  });

  it('has no previous figures for the first period, and nothing for an unknown one', () => {
    const first = compareAuditPeriod(sampleDataset.auditStatistics, '2023-H1')!;
    expect(first.previousPeriod).toBeNull();
    expect(first.rows.every((row) => row.previous === null)).toBe(true);
    expect(compareAuditPeriod(sampleDataset.auditStatistics, '1999-H1')).toBeNull();
  });
});
