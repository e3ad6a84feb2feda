import { describe, expect, it } from 'vitest';
import { resourceSchemas } from '../../src/api/resourceSchemas';
import { accessControl, count, meta, storageLocation } from '../../src/api/schemas';
import { sampleDataset } from '../support/sample';

describe('schemas', () => {
  it('accept the whole sample dataset', () => {
    for (const [key, schema] of Object.entries(resourceSchemas)) {
      const result = schema.safeParse(sampleDataset[key as keyof typeof resourceSchemas]);
      expect(result.success, key).toBe(true);
    }
  });

  it('accept exactly the four kinds of count', () => {
    expect(count.parse({ kind: 'exact', value: 0 })).toEqual({ kind: 'exact', value: 0 });
    expect(count.safeParse({ kind: 'suppressed', lessThan: 5 }).success).toBe(true);
    expect(count.safeParse({ kind: 'band', min: 0, max: 249 }).success).toBe(true);
    expect(count.safeParse({ kind: 'notReported' }).success).toBe(true);
    expect(count.safeParse({ kind: 'estimate', value: 3 }).success).toBe(false);
    expect(count.safeParse({ kind: 'suppressed', lessThan: 1 }).success).toBe(false);
    expect(count.safeParse({ kind: 'exact', value: -1 }).success).toBe(false);
    expect(count.safeParse({ kind: 'exact', value: 1.5 }).success).toBe(false);
    expect(count.safeParse({ kind: 'exact' }).success).toBe(false);
  });

  it('reject a band whose maximum is below its minimum', () => {
    const result = count.safeParse({ kind: 'band', min: 250, max: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['max']);
  });

  it('reject an unknown storage role and out-of-range coordinates', () => {
    const virginia = sampleDataset.storageLocations[0]!;
    expect(storageLocation.safeParse({ ...virginia, role: 'mirror' }).success).toBe(false);
    expect(storageLocation.safeParse({ ...virginia, coordinates: { lat: 91, lon: 0 } }).success).toBe(false);
  });

  it('accept any evidence URL string, since the UI decides what becomes a link', () => {
    const control = { ...sampleDataset.accessControls[0]!, evidence: [{ label: 'x', url: 'javascript:alert(1)' }] };
    expect(accessControl.safeParse(control).success).toBe(true);
  });

  it('require dates in ISO form', () => {
    expect(meta.safeParse({ ...sampleDataset.meta, lastUpdated: '15/02/2026' }).success).toBe(false);
  });
});

describe('sample dataset', () => {
  const { accessRequests, accessControls, auditStatistics, storageLocations, meta: sampleMeta } = sampleDataset;

  it('stores US user data in Virginia (primary) with a backup in Singapore', () => {
    expect(storageLocations.map((item) => [item.name, item.role])).toEqual([
      ['Virginia', 'primary'],
      ['Singapore', 'backup'],
    ]);
  });

  it('has at least 12 controls across every category and status', () => {
    expect(accessControls.length).toBeGreaterThanOrEqual(12);
    expect(new Set(accessControls.map((item) => item.status)).size).toBe(3);
    expect(new Set(accessControls.map((item) => item.category)).size).toBeGreaterThanOrEqual(5);
  });

  it('has audit statistics and requests for at least 4 half-year periods', () => {
    expect(auditStatistics.length).toBeGreaterThanOrEqual(4);
    expect(new Set(accessRequests.map((row) => row.period)).size).toBeGreaterThanOrEqual(4);
    expect(sampleMeta.periods.every((period) => /H[12]$/.test(period.id))).toBe(true);
  });

  it('has requests from at least 10 countries and every declared category', () => {
    expect(new Set(accessRequests.map((row) => row.country)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(accessRequests.map((row) => row.category))).toEqual(
      new Set(sampleDataset.requestCategories.map((category) => category.id)),
    );
  });

  it('has zero disclosures to the Chinese government, its headline category, in every period', () => {
    expect(sampleMeta.headlineCategory).toBe('chineseGovernment');
    const china = accessRequests.filter((row) => row.category === 'chineseGovernment');
    expect(new Set(china.map((row) => row.period)).size).toBe(sampleMeta.periods.length);
    expect(china.every((row) => row.disclosed.kind === 'exact' && row.disclosed.value === 0)).toBe(true);
  });

  it('has at least one suppressed, one banded and one not-reported value', () => {
    const kinds = new Set(accessRequests.flatMap((row) => [row.received.kind, row.disclosed.kind]));
    expect(kinds).toEqual(new Set(['exact', 'suppressed', 'band', 'notReported']));
  });

  it('is marked as sample data', () => {
    expect(sampleMeta.sample.isSample).toBe(true);
    expect(sampleMeta.sample.disclaimer).toMatch(/not the figures of any real company/);
  });
});
