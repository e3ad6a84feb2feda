import { useMemo } from 'react';
import { Pane, SVGOverlay } from 'react-leaflet';
import { useLand } from './baseMap';
import { WORLD_UNITS, worldSquareBounds } from './landPath';

interface Props {
  offsets: number[];
}

const squareAttributes = {
  viewBox: `0 0 ${WORLD_UNITS} ${WORLD_UNITS}`,
  preserveAspectRatio: 'none',
  // Land that crosses ±180° runs past the square's side, where the next copy of the world would be.
  overflow: 'visible',
  'aria-hidden': 'true',
};

/** The offline base map: land only, no tiles, one square of the world per copy in view. */
export function LandLayer({ offsets }: Props) {
  const land = useLand();
  const squares = useMemo(() => offsets.map((offset) => ({ offset, bounds: worldSquareBounds(offset) })), [offsets]);
  if (!land) return null;
  // Its own pane below the overlays, so land that arrives late never covers the flows.
  return (
    <Pane name="land" style={{ zIndex: 250 }}>
      {squares.map(({ offset, bounds }) => (
        <SVGOverlay key={offset} bounds={bounds} attributes={squareAttributes}>
          {/* Holes in the land (lakes, seas within it) as Leaflet drew them. */}
          <path className="map-land" fillRule="evenodd" d={land} />
        </SVGOverlay>
      ))}
    </Pane>
  );
}
