/** Starts loading the map's code and its land outlines in parallel, before the map renders. */
export function preloadMap() {
  void import('./ResidencyMap');
  void import('./baseMap').then((module) => module.prefetchLand());
}
