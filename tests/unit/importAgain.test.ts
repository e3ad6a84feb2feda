import { describe, expect, it } from 'vitest';
import { failedChunkAddress, importAgain } from '../../src/lib/importAgain';

const base = 'https://transparency.example/requests/';

describe('the chunk a failed import names', () => {
  it('is read from Chromium’s and Firefox’s messages', () => {
    const chromium = new TypeError(
      'Failed to fetch dynamically imported module: https://transparency.example/assets/RateBars-a1b2.js',
    );
    expect(failedChunkAddress(chromium, base)).toBe('https://transparency.example/assets/RateBars-a1b2.js');
    const firefox = new TypeError('error loading dynamically imported module: /assets/RateBars-a1b2.js');
    expect(failedChunkAddress(firefox, base)).toBe('https://transparency.example/assets/RateBars-a1b2.js');
  });

  it('is none where the message names none, or names another origin', () => {
    expect(failedChunkAddress(new TypeError('Importing a module script failed.'), base)).toBeNull();
    expect(failedChunkAddress('not an error', base)).toBeNull();
    const elsewhere = new TypeError('Failed to fetch dynamically imported module: https://cdn.example/x.js');
    expect(failedChunkAddress(elsewhere, base)).toBeNull();
  });
});

describe('importing again', () => {
  it('gives what the import gives, and the error where no chunk is named to fetch anew', async () => {
    await expect(importAgain(() => Promise.resolve('module'))).resolves.toBe('module');
    const safari = new TypeError('Importing a module script failed.');
    await expect(importAgain(() => Promise.reject(safari))).rejects.toBe(safari);
  });
});
