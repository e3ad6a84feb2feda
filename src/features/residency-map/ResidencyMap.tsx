import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { ReplicationFlow, StorageLocation } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf } from '../../i18n/locale';
import { useOneStagePerTask } from '../../lib/useOneStagePerTask';
import { FitBounds } from './FitBounds';
import { FlowLayer } from './FlowLayer';
import { LandLayer } from './LandLayer';
import { LocationMarker } from './LocationMarker';
import { locationAccessibleName } from './locationName';
import {
  placedBounds,
  placeFlows,
  placeLocations,
  worldCopyOffsets,
  type PlacedFlow,
  type PlacedLocation,
} from './mapModel';

interface Props {
  locations: StorageLocation[];
  flows: ReplicationFlow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const isTouch = typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches;

export default function ResidencyMap({ locations, flows, selectedId, onSelect }: Props) {
  const placed = useMemo(() => placeLocations(locations), [locations]);
  const placedFlows = useMemo(() => placeFlows(flows, placed), [flows, placed]);
  const bounds = useMemo(() => placedBounds(placed), [placed]);
  const offsets = useMemo(() => worldCopyOffsets(placed.map((item) => item.lon)), [placed]);

  return (
    <MapContainer
      className="residency-map"
      bounds={bounds}
      zoomSnap={0.25}
      minZoom={0}
      maxZoom={6}
      worldCopyJump={false}
      attributionControl={false}
      zoomControl={false}
      scrollWheelZoom={false}
      // On touch screens one finger scrolls the page; the map never traps it.
      dragging={!isTouch}
      touchZoom={!isTouch}
    >
      <MapLayers
        bounds={bounds}
        offsets={offsets}
        placed={placed}
        placedFlows={placedFlows}
        selectedId={selectedId}
        onSelect={onSelect}
      />
    </MapContainer>
  );
}

interface LayersProps {
  bounds: [[number, number], [number, number]];
  offsets: number[];
  placed: PlacedLocation[];
  placedFlows: PlacedFlow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The map's controls and layers, each group added in a task of its own after Leaflet makes the
 * map: all at once, they made one task long enough to delay a reader's first tap or key.
 */
function MapLayers({ bounds, offsets, placed, placedFlows, selectedId, onSelect }: LayersProps) {
  const i18n = useI18n();
  const stage = useOneStagePerTask(4);
  return (
    <>
      {stage >= 1 ? (
        <>
          {/* Leaflet names its buttons in English and places them by the page's left: ours follow the page's language. */}
          <ZoomControl
            position={directionOf(i18n.locale) === 'rtl' ? 'topright' : 'topleft'}
            zoomInTitle={i18n.t('map.zoomIn')}
            zoomOutTitle={i18n.t('map.zoomOut')}
          />
          <FitBounds bounds={bounds} />
        </>
      ) : null}
      {stage >= 2 ? <LandLayer offsets={offsets} /> : null}
      {stage >= 3 ? <FlowLayer flows={placedFlows} /> : null}
      {stage >= 4
        ? placed.map((item) => (
            <LocationMarker
              key={item.location.id}
              placed={item}
              name={locationAccessibleName(item.location, i18n)}
              selected={item.location.id === selectedId}
              onSelect={onSelect}
            />
          ))
        : null}
    </>
  );
}
