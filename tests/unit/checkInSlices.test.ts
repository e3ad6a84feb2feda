import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkInSlices, ROWS_PER_SLICE } from '../../src/api/checkInSlices';
import { accessRequestCounts, meta } from '../../src/api/schemas';
import { manyRequests } from '../support/fixtures';
import { sampleDataset } from '../support/sample';

/** 4,800 rows: three slices. */
const rows = manyRequests(40, 20, 6);

describe('checkInSlices', () => {
  it('gives what one check of the whole array gives, a slice at a time', async () => {
    let turns = 0;
    const checked = await checkInSlices(accessRequestCounts, rows, async () => {
      turns += 1;
    });
    expect(checked).toEqual({ success: true, data: accessRequestCounts.parse(rows) });
    expect(turns).toBe(Math.ceil(rows.length / ROWS_PER_SLICE));
  });

  it('gives the page a turn between slices, so a task waiting to run runs before the check ends', async () => {
    let ranDuringCheck = false;
    setTimeout(() => {
      ranDuringCheck = true;
    }, 0);
    const checked = await checkInSlices(accessRequestCounts, rows);
    expect(checked.success).toBe(true);
    expect(ranDuringCheck).toBe(true);
  });

  it('names a wrong row by its index in the whole array, not in its slice', async () => {
    const broken = structuredClone(rows);
    const index = ROWS_PER_SLICE * 2 + 321;
    (broken[index]!.received as { kind: string }).kind = 'approximately';
    const checked = await checkInSlices(accessRequestCounts, broken);
    expect(checked.success).toBe(false);
    if (checked.success) return;
    expect(checked.issue?.path).toEqual([index, 'received', 'kind']);
    expect(checked.error.issues[0]?.path).toEqual([index, 'received', 'kind']);
  });

  it('checks at once an array whose schema checks the whole of it, which one slice alone could not', async () => {
    const unique = z
      .array(z.number())
      .check(z.refine((values) => new Set(values).size === values.length, { message: 'values must differ' }));
    const values = Array.from({ length: ROWS_PER_SLICE * 2 }, (_, index) => index);
    // The same value in the first slice and the second.
    values[ROWS_PER_SLICE + 5] = 5;
    let turns = 0;
    const checked = await checkInSlices(unique, values, async () => {
      turns += 1;
    });
    expect(checked.success).toBe(false);
    expect(turns).toBe(0);
  });

  it('checks at once what is not a long array', async () => {
    let turns = 0;
    const yieldToPage = async () => {
      turns += 1;
    };
    expect((await checkInSlices(meta, sampleDataset.meta, yieldToPage)).success).toBe(true);
    expect((await checkInSlices(accessRequestCounts, rows.slice(0, ROWS_PER_SLICE), yieldToPage)).success).toBe(true);
    expect((await checkInSlices(accessRequestCounts, { rows }, yieldToPage)).success).toBe(false);
    expect(turns).toBe(0);
  });
});
