// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bandCount, isoDate } from '../../src/api/schemas';
import { describeIssue } from '../../src/build/dataPackage/zodIssues';

/** As the package checker parses: each issue carries the value it is about. */
const withInput = { reportInput: true };

const firstIssue = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  describeIssue(result.error!.issues[0] as Parameters<typeof describeIssue>[0]).message;

describe('describeIssue, in a publisher’s words', () => {
  it('tells a date written right but not on the calendar from one written the wrong way', () => {
    expect(firstIssue(isoDate.safeParse('2026-02-30', withInput))).toBe(
      'is “2026-02-30”, which is no day of the calendar',
    );
    expect(firstIssue(isoDate.safeParse('20/05/2026', withInput))).toBe(
      'is “20/05/2026”, expected a date as YYYY-MM-DD',
    );
  });

  it('states a rule across a row’s cells as the rule, not as a fault of “an object”', () => {
    expect(firstIssue(bandCount.safeParse({ kind: 'band', min: 249, max: 0 }, withInput))).toBe(
      'max must be at least min',
    );
  });
});
