import * as chromeLauncher from 'chrome-launcher';
import { expect, it } from 'vitest';
import { lighthouseChromeFlags } from '../bench/lighthouse';

it("turns paint holding off in the bench's Lighthouse browser without undoing chrome-launcher's list", () => {
  const lists = lighthouseChromeFlags.filter((flag) => flag.startsWith('--disable-features='));
  // Chromium keeps only the last of two such flags: one list must hold them all.
  expect(lists).toHaveLength(1);
  const features = lists[0]!.slice('--disable-features='.length).split(',');
  const launcherList = chromeLauncher.Launcher.defaultFlags().find((flag) => flag.startsWith('--disable-features='))!;
  expect(features).toEqual([...launcherList.slice('--disable-features='.length).split(','), 'PaintHolding']);
});
