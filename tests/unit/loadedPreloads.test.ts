import { describe, expect, it } from 'vitest';
import { depsNotYetLoaded, loadedWith } from '../../src/build/loadedPreloads';

// main imports react and the query client statically; the page chunk imports react and its chart code.
const graph: Record<string, string[]> = {
  'assets/main.js': ['assets/react.js', 'assets/query.js'],
  'assets/query.js': ['assets/react.js', 'assets/main.js'],
  'assets/react.js': [],
  'assets/page.js': ['assets/react.js', 'assets/chart.js'],
  'assets/chart.js': [],
};
const importsOf = (file: string) => graph[file];

describe('skipping the preload of what is loaded already', () => {
  it('follows static imports through every level, and through a cycle, to what an importer has loaded', () => {
    expect([...loadedWith('assets/main.js', importsOf)].sort()).toEqual([
      'assets/main.js',
      'assets/query.js',
      'assets/react.js',
    ]);
  });

  it('keeps only the files the importer has not loaded', () => {
    const deps = ['assets/page.js', 'assets/react.js', 'assets/chart.js', 'assets/query.js'];
    expect(depsNotYetLoaded('assets/main.js', deps, importsOf)).toEqual(['assets/page.js', 'assets/chart.js']);
  });

  it('drops nothing where it does not know the importer, so the worst case is the list Vite would write', () => {
    const deps = ['assets/page.js', 'assets/react.js'];
    expect(depsNotYetLoaded('assets/unknown.js', deps, importsOf)).toEqual(deps);
    expect(depsNotYetLoaded('assets/main.js', deps, () => undefined)).toEqual(deps);
  });
});
