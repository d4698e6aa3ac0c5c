import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import boundariesText from '@werkbrug/reference-data/regions-2025.geojson?raw';

export interface RegionShape {
  code: string;
  name: string;
  /** SVG path in the map's own coordinates (MAP_WIDTH × MAP_HEIGHT). */
  path: string;
}

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 470;

type RegionFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo works on the sphere and reads
 * such a ring as "everything but this area". Turn each ring the way d3 expects: outer rings small,
 * holes as their complement.
 */
function rewind(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const wholeSphere = geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI;
    const isHole = index > 0;
    return wholeSphere !== isHole ? [...ring].reverse() : ring;
  });
}

function rewindFeature(feature: RegionFeature): RegionFeature {
  const geometry: Polygon | MultiPolygon =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rewind(feature.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map(rewind) };
  return { ...feature, geometry };
}

let shapes: RegionShape[] | undefined;

/** The 35 labour-market regions of 2025 as SVG paths (Mercator, fitted to the map), by code. */
export function regionShapes(): RegionShape[] {
  if (!shapes) {
    const collection = JSON.parse(boundariesText) as FeatureCollection<
      Polygon | MultiPolygon,
      { code: string; name: string }
    >;
    const features = collection.features.map(rewindFeature);
    const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], {
      type: 'FeatureCollection',
      features,
    });
    const toPath = geoPath(projection);
    shapes = features
      .map((feature) => ({
        code: feature.properties.code,
        name: feature.properties.name,
        path: toPath(feature) ?? '',
      }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
  return shapes;
}
