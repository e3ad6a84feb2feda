/** The address of the map's land, one SVG path made at build time (src/build/landAsset.ts). */
declare module 'virtual:drd-land-path' {
  const url: string;
  export default url;
}
