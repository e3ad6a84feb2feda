import { GeoJSON, Pane } from 'react-leaflet';
import { shiftLand, useLand } from './baseMap';

interface Props {
  offsets: number[];
}

/** The offline base map: land only, no tiles, drawn once per world copy in view. */
export function LandLayer({ offsets }: Props) {
  const land = useLand();
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
