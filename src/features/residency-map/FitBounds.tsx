import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface Props {
  bounds: [[number, number], [number, number]];
}

/** MapContainer reads its props once; later changes of view go through useMap. */
export function FitBounds({ bounds }: Props) {
  const map = useMap();
  const key = JSON.stringify(bounds);
  useEffect(
    function fitToLocations() {
      map.fitBounds(JSON.parse(key), { animate: false });
    },
    [map, key],
  );
  return null;
}
