import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue & { input?: unknown };

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string')
    return input === '' ? 'an empty text' : `“${input.length > 60 ? `${input.slice(0, 57)}…` : input}”`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return String(input);
}

const typeNames: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A zod issue in the words a publisher reads: what was found, and what was expected. */
export function describeIssue(issue: Issue): { message: string; missing: boolean } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { message: 'is missing', missing: true };
      const expected = typeNames[issue.expected] ?? issue.expected;
      // Spreadsheets write 1,840 or 3,5 for people; a file for machines writes 1840 and 3.5.
      const written = typeof issue.input === 'string' && /^\d{1,3}([,. ]\d{3})+$|^\d+,\d+$/.test(issue.input.trim());
      const how = written ? ' (write numbers without thousands separators, and decimals with a point)' : '';
      return { message: `is ${describe(issue.input)}, expected ${expected}${how}`, missing: false };
    }
    case 'invalid_value':
      return {
        message: `is ${describe(issue.input)}; allowed: ${issue.values.map((value) => String(value)).join(', ')}`,
        missing: false,
      };
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const tag = (issue.input as Record<string, unknown> | undefined)?.[
        (issue as { discriminator?: string }).discriminator ?? ''
      ];
      if (options) {
        return tag === undefined
          ? { message: 'is missing', missing: true }
          : { message: `is ${describe(tag)}; allowed: ${options.map(String).join(', ')}`, missing: false };
      }
      return { message: `is ${describe(issue.input)}, which matches none of the allowed forms`, missing: false };
    }
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return { message: 'is empty', missing: false };
      if (issue.origin === 'array') return { message: `has too few items (at least ${issue.minimum})`, missing: false };
      return { message: `is ${describe(issue.input)}, must be at least ${issue.minimum}`, missing: false };
    case 'too_big':
      return { message: `is ${describe(issue.input)}, must be at most ${issue.maximum}`, missing: false };
    case 'invalid_format':
      if (issue.format === 'date') {
        const shaped = typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input);
        return {
          message: shaped
            ? `is ${describe(issue.input)}, which is no day of the calendar`
            : `is ${describe(issue.input)}, expected a date as YYYY-MM-DD`,
          missing: false,
        };
      }
      if (issue.format === 'url')
        return { message: `is ${describe(issue.input)}, expected a web address`, missing: false };
      return { message: `is ${describe(issue.input)}: ${issue.message}`, missing: false };
    default:
      // A rule across a row's cells ("max must be at least min") is said as it is, not of "an object".
      if (typeof issue.input === 'object' && issue.input !== null) return { message: issue.message, missing: false };
      return { message: `is ${describe(issue.input)}: ${issue.message}`, missing: false };
  }
}
