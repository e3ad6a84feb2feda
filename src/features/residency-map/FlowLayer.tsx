import { Fragment } from 'react';
import { Polygon, Polyline } from 'react-leaflet';
import type { PlacedFlow } from './mapModel';

interface Props {
  flows: PlacedFlow[];
}

/** Replication flows: a curve with an arrowhead pointing to the receiving location. */
export function FlowLayer({ flows }: Props) {
  return (
    <>
      {flows.map((item) => (
        <Fragment key={item.flow.id}>
          <Polyline
            positions={item.path}
            interactive={false}
            className="map-flow"
            pathOptions={{ weight: 3, dashArray: '8 6' }}
          />
          <Polygon
            positions={item.arrow}
            interactive={false}
            className="map-flow-arrow"
            pathOptions={{ weight: 1, fillOpacity: 1 }}
          />
        </Fragment>
      ))}
    </>
  );
}
