import { describe, expect, it } from 'vitest';
import { fragmentId, safeHttpUrl } from '../../src/lib/safeUrl';

describe('safe URLs', () => {
  it('lets only absolute http(s) addresses become links', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('urn:sample:audit')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
  });

  it('reads a fragment id, keeping the raw text when its escapes are malformed instead of throwing', () => {
    expect(fragmentId('#AC-01')).toBe('AC-01');
    expect(fragmentId('#AC%2001')).toBe('AC 01');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#100%')).toBe('100%');
    expect(fragmentId('')).toBe('');
  });
});
