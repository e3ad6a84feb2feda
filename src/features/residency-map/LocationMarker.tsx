import { divIcon, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { PlacedLocation } from './mapModel';

interface Props {
  placed: PlacedLocation;
  name: string;
  selected: boolean;
  onSelect: (id: string) => void;
}

const SIZE = 22;

export function LocationMarker({ placed, name, selected, onSelect }: Props) {
  const markerRef = useRef<LeafletMarker>(null);
  const { location, offset } = placed;
  const icon = useMemo(
    () =>
      divIcon({
        className: `marker-dot marker-dot--${location.role}${selected ? ' is-selected' : ''}`,
        iconSize: [SIZE, SIZE],
        iconAnchor: [SIZE / 2 - offset[0], SIZE / 2 - offset[1]],
      }),
    [location.role, selected, offset],
  );

  useEffect(
    function labelMarkerForAssistiveTech() {
      const element = markerRef.current?.getElement();
      if (!element) return;
      // Set as attributes, never as HTML: the name contains API text.
      element.setAttribute('aria-label', name);
      element.setAttribute('aria-pressed', String(selected));
      element.dataset.locationId = location.id;
    },
    [name, selected, location.id, icon],
  );

  return (
    <Marker
      ref={markerRef}
      position={[placed.lat, placed.lon]}
      icon={icon}
      title={name}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{
        click: () => onSelect(location.id),
        keydown: (event) => {
          const key = (event.originalEvent as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            event.originalEvent.preventDefault();
            onSelect(location.id);
          }
        },
      }}
    />
  );
}
