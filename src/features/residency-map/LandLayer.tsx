import { svgOverlay } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useLand } from './baseMap';
import { WORLD_UNITS, worldSquareBounds } from './landPath';

interface Props {
  offsets: number[];
}

const SVG = 'http://www.w3.org/2000/svg';

/** One copy of the world's square, drawing `path`. */
function landSquare(path: string): SVGSVGElement {
  const square = document.createElementNS(SVG, 'svg');
  square.setAttribute('viewBox', `0 0 ${WORLD_UNITS} ${WORLD_UNITS}`);
  square.setAttribute('preserveAspectRatio', 'none');
  // Land that crosses ±180° runs past the square's side, where the next copy of the world would be.
  square.setAttribute('overflow', 'visible');
  square.setAttribute('aria-hidden', 'true');
  const land = document.createElementNS(SVG, 'path');
  land.setAttribute('class', 'map-land');
  // Holes in the land (lakes, seas within it), as Leaflet drew them.
  land.setAttribute('fill-rule', 'evenodd');
  land.setAttribute('d', path);
  square.append(land);
  return square;
}

/**
 * The offline base map: land only, no tiles, one square of the world per copy in view. It goes in
 * Leaflet's pane for tiles, which no tile uses, below the flows and markers: land that arrives late
 * never covers them.
 */
export function LandLayer({ offsets }: Props) {
  const map = useMap();
  const land = useLand();

  useEffect(
    function drawLand() {
      if (!land) return;
      const layers = offsets.map((offset) =>
        svgOverlay(landSquare(land), worldSquareBounds(offset), { pane: 'tilePane' }).addTo(map),
      );
      return () => layers.forEach((layer) => layer.remove());
    },
    [map, land, offsets],
  );
  return null;
}
