import type { Plugin } from 'vite';

/** A chunk's static imports, by file name, as the bundle lists them. */
export type StaticImports = (fileName: string) => readonly string[] | undefined;

/** Every chunk that `fileName` imports statically, directly or not: loaded before its code runs. */
export function loadedWith(fileName: string, importsOf: StaticImports): Set<string> {
  const loaded = new Set<string>();
  const pending = [...(importsOf(fileName) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (loaded.has(next)) continue;
    loaded.add(next);
    pending.push(...(importsOf(next) ?? []));
  }
  return loaded;
}

/**
 * The files a dynamic import preloads, less those its importer has loaded already: Vite lists every
 * chunk the imported one needs (React, the query client…), in every chunk that imports it, and the
 * browser checks each of them against the page's links when the import runs.
 */
export function depsNotYetLoaded(importer: string, deps: readonly string[], importsOf: StaticImports): string[] {
  const loaded = loadedWith(importer, importsOf);
  return deps.filter((dep) => !loaded.has(dep));
}

/**
 * Skip preloading what is loaded already: a plugin that keeps the bundle's import graph for Vite's
 * `build.modulePreload.resolveDependencies`, which is called as Vite writes each dynamic import.
 * Dropping a file that was in fact not loaded would cost a round trip (the browser would then find
 * it only as the imported chunk's own import), never a failure.
 */
export function skipLoadedPreloads(): Plugin {
  let importsOf: StaticImports = () => undefined;
  return {
    name: 'drd:skip-loaded-preloads',
    apply: 'build',
    config: () => ({
      build: {
        modulePreload: {
          resolveDependencies: (_file, deps, { hostId }) => depsNotYetLoaded(hostId, deps, importsOf),
        },
      },
    }),
    generateBundle: {
      // Before Vite's own generateBundle, which writes the preload lists.
      order: 'pre',
      handler(_options, bundle) {
        importsOf = (fileName) => {
          const output = bundle[fileName];
          return output?.type === 'chunk' ? output.imports : undefined;
        };
      },
    },
  };
}
