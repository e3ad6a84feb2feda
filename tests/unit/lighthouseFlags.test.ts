import * as chromeLauncher from 'chrome-launcher';
import { expect, it } from 'vitest';
import { lighthouseChromeFlags } from '../bench/lighthouse';

const featuresOf = (flags: string[]) =>
  flags
    .filter((flag) => flag.startsWith('--disable-features='))
    .map((flag) => flag.slice('--disable-features='.length).split(','));

it("leaves RenderDocument at Chromium's default in the bench's Lighthouse browser, and the rest of chrome-launcher's list as it is", () => {
  const [launcherList] = featuresOf(chromeLauncher.Launcher.defaultFlags());
  // The held first paint comes with it; if chrome-launcher stops listing it, this edit has nothing to do.
  expect(launcherList).toContain('RenderDocument');
  // Chromium keeps only the last of two such flags: there must be one list.
  expect(featuresOf(lighthouseChromeFlags)).toEqual([launcherList!.filter((feature) => feature !== 'RenderDocument')]);
});
