import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, toCsv } from '../../src/lib/csv';

describe('CSV', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('AC-01')).toBe('AC-01');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('makes cells that start with a line feed inert too, and guards a guard so reading strips exactly one', () => {
    expect(guardFormula('\n=1+2')).toBe("'\n=1+2");
    expect(csvField('\nx')).toBe('"\'\nx"');
    expect(guardFormula("'=1")).toBe("''=1");
    expect(guardFormula("'plain")).toBe("'plain");
  });

  it('makes cells that start with =, +, -, @, tab or CR inert', () => {
    expect(guardFormula('=HYPERLINK("http://evil","x")')).toBe('\'=HYPERLINK("http://evil","x")');
    expect(guardFormula('+1')).toBe("'+1");
    expect(guardFormula('-2')).toBe("'-2");
    expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('safe=1')).toBe('safe=1');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('=A1,B1')).toBe('"\'=A1,B1"');
  });

  it('does not guard numbers, so negative figures stay numbers', () => {
    expect(csvField(-3)).toBe('-3');
  });

  it('writes a header and rows with CRLF line endings', () => {
    expect(toCsv(['id', 'title'], [['AC-01', 'MFA, everywhere']])).toBe('id,title\r\nAC-01,"MFA, everywhere"\r\n');
  });
});
