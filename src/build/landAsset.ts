import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin, ViteDevServer } from 'vite';
import { landPath } from '../features/residency-map/landPath';

export const LAND_PATH_MODULE = 'virtual:drd-land-path';
const RESOLVED_ID = `\0${LAND_PATH_MODULE}`;
/** Where the dev server answers with the land; the build writes it among the assets, its name hashed. */
const DEV_FILE = '@drd/land-110m.txt';

/** Natural Earth's land at 1:110m, from world-atlas, as the `d` of one SVG path (landPath). */
function naturalEarthLandPath(root: string): string {
  // Found as Node finds the package from the project, wherever npm put it.
  const file = createRequire(path.join(root, 'package.json')).resolve('world-atlas/land-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
  // A GeometryCollection object always converts to a FeatureCollection.
  return landPath(feature(topology, topology.objects.land) as FeatureCollection);
}

/**
 * The map's land, worked out once here rather than in every reader's browser: a text file of the
 * path's `d`, whose address `virtual:drd-land-path` gives. It is smaller gzipped than the TopoJSON
 * it comes from, and the map no longer converts and projects 5,000 points before drawing it.
 */
export function landPathAsset(root: string): Plugin {
  let land: string | undefined;
  const landText = () => (land ??= naturalEarthLandPath(root));
  let serving = false;
  let base = '/';
  return {
    name: 'drd-land-path',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    resolveId: (id) => (id === LAND_PATH_MODULE ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(base + DEV_FILE)};`;
      const reference = this.emitFile({ type: 'asset', name: 'land-110m.txt', source: landText() });
      return `export default import.meta.ROLLDOWN_FILE_URL_${reference};`;
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use(`${server.config.base}${DEV_FILE}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(landText());
      });
    },
  };
}
