/** The address of the map's land, one SVG path made at build time (src/build/landAsset.ts). */
declare module 'virtual:drd-land-path' {
  const url: string;
  export default url;
}

/** The development server's mock API (mocks/browser.ts, by src/build/dashboardPlugins.ts): msw, with `?scenario=`. */
declare module 'virtual:drd-mock-api' {
  /** Starts msw's worker with the scenario the query string names; resolves to that scenario's name. */
  export function startMockApi(search: string): Promise<string>;
}
