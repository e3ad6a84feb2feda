// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { startMockApi as declared } from 'virtual:drd-mock-api';
import { MOCK_API_MODULE, mockApiModule } from '../../src/build/dashboardPlugins';
import { startMockApi } from '../../mocks/browser';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the mock API the development server hands the app', () => {
  it('is mocks/browser.ts, by the name the app asks for, and nothing else by that plugin', () => {
    const resolveId = mockApiModule(root).resolveId as (id: string) => string | undefined;
    expect(resolveId(MOCK_API_MODULE)).toBe(path.join(root, 'mocks/browser.ts'));
    expect(resolveId('virtual:drd-data-package')).toBeUndefined();
  });

  it('has the shape src/virtualModules.d.ts declares (checked by tsc)', () => {
    const implementation: typeof declared = startMockApi;
    expect(typeof implementation).toBe('function');
  });
});
