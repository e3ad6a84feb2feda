import { GeoJSON, Pane } from 'react-leaflet';
import { retryPolicy } from '../../api/retryPolicy';
import { dataOf, FetchCache, useCachedFetch } from '../../lib/fetchCache';
import { fetchLand, shiftLand } from './baseMap';

interface Props {
  offsets: number[];
}

// A static asset, not API data: the widget's map shares it without TanStack Query.
const baseMap = new FetchCache(retryPolicy);

/** The offline base map: land only, no tiles, drawn once per world copy in view. */
export function LandLayer({ offsets }: Props) {
  const land = dataOf(useCachedFetch(baseMap, 'land-110m', fetchLand));
  if (!land) return null;
  // Its own pane below the overlays, so land that arrives late never covers the flows.
  return (
    <Pane name="land" style={{ zIndex: 250 }}>
      {offsets.map((offset) => (
        <GeoJSON
          key={offset}
          data={shiftLand(land, offset)}
          interactive={false}
          style={{ className: 'map-land', stroke: false, fillOpacity: 1 }}
        />
      ))}
    </Pane>
  );
}
