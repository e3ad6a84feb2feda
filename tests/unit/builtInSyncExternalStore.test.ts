// @vitest-environment node
import { useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import { useSyncExternalStore as standIn } from '../../src/lib/builtInSyncExternalStore';
import config from '../../vite.config';

describe('the stand-in for use-sync-external-store/shim', () => {
  it("is React's own hook, which the build puts in place of the shim and of its with-selector twin", async () => {
    expect(standIn).toBe(useSyncExternalStore);
    const resolved = typeof config === 'function' ? await config({ command: 'build', mode: 'production' }) : config;
    const aliases = resolved.resolve?.alias as { find: RegExp; replacement: string }[];
    const replaced = (name: string) => aliases.find((alias) => alias.find.test(name))?.replacement;
    expect(replaced('use-sync-external-store/shim')).toMatch(/src\/lib\/builtInSyncExternalStore\.ts$/);
    expect(replaced('use-sync-external-store/shim/index.js')).toMatch(/src\/lib\/builtInSyncExternalStore\.ts$/);
    expect(replaced('use-sync-external-store/shim/with-selector')).toBe('use-sync-external-store/with-selector.js');
    expect(replaced('use-sync-external-store/with-selector.js')).toBeUndefined();
  });
});
