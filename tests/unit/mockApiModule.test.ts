import { describe, expect, it } from 'vitest';
import type { startMockApi as declared } from 'virtual:drd-mock-api';
import { startMockApi } from '../../mocks/browser';

describe('the mock API the development server hands the app', () => {
  it('is mocks/browser.ts, of the shape src/virtualModules.d.ts declares', () => {
    // A type check as much as a test: tsc fails here should either side change.
    const implementation: typeof declared = startMockApi;
    expect(implementation).toBe(startMockApi);
  });
});
