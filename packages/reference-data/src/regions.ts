import { arrayProperty, readDataFile } from './data-file.js';

/** One of the 35 arbeidsmarktregio's (labour-market regions), 2025 division. */
export interface LabourMarketRegionRecord {
  /** CBS code `AMnn`, e.g. `AM12`. */
  readonly code: string;
  /** Name as CBS spells it, e.g. `Gooi en Vechtstreek`. */
  readonly name: string;
}

/** One of the 342 gemeenten (municipalities), 2025 division. */
export interface MunicipalityRecord {
  /** CBS code `GMnnnn`, e.g. `GM0402`. */
  readonly code: string;
  /** Name as CBS spells it, e.g. `Laren (NH.)`, `'s-Gravenhage`. */
  readonly name: string;
  /** The `AMnn` code of the labour-market region the municipality belongs to. */
  readonly regionCode: string;
  /** Area-weighted centroid of the municipality (WGS84); a geometric centre, not the town hall. */
  readonly lat: number;
  readonly lon: number;
}

const REGIONS_FILE = 'labour-market-regions-2025.json';

interface RegionsData {
  readonly regions: readonly LabourMarketRegionRecord[];
  readonly municipalities: readonly MunicipalityRecord[];
  readonly regionByCode: ReadonlyMap<string, LabourMarketRegionRecord>;
  readonly municipalityByCode: ReadonlyMap<string, MunicipalityRecord>;
  readonly municipalitiesByRegion: ReadonlyMap<string, readonly MunicipalityRecord[]>;
}

let cache: RegionsData | undefined;

function regionsData(): RegionsData {
  if (cache) return cache;
  const file = readDataFile(REGIONS_FILE);
  const regions = arrayProperty(file, 'regions', REGIONS_FILE) as LabourMarketRegionRecord[];
  const municipalities = arrayProperty(
    file,
    'municipalities',
    REGIONS_FILE,
  ) as MunicipalityRecord[];
  const municipalitiesByRegion = new Map<string, MunicipalityRecord[]>();
  for (const municipality of municipalities) {
    const members = municipalitiesByRegion.get(municipality.regionCode) ?? [];
    members.push(municipality);
    municipalitiesByRegion.set(municipality.regionCode, members);
  }
  cache = {
    regions,
    municipalities,
    regionByCode: new Map(regions.map((region) => [region.code, region])),
    municipalityByCode: new Map(
      municipalities.map((municipality) => [municipality.code, municipality]),
    ),
    municipalitiesByRegion,
  };
  return cache;
}

/** The 35 labour-market regions, sorted by code. Read once, then cached. */
export function loadRegions(): readonly LabourMarketRegionRecord[] {
  return regionsData().regions;
}

/** The 342 municipalities with their region, sorted by code. Read once, then cached. */
export function loadMunicipalities(): readonly MunicipalityRecord[] {
  return regionsData().municipalities;
}

export function findRegion(code: string): LabourMarketRegionRecord | null {
  return regionsData().regionByCode.get(code) ?? null;
}

export function findMunicipality(code: string): MunicipalityRecord | null {
  return regionsData().municipalityByCode.get(code) ?? null;
}

/** The municipalities of one region, sorted by code; empty for an unknown region code. */
export function municipalitiesOfRegion(regionCode: string): readonly MunicipalityRecord[] {
  return regionsData().municipalitiesByRegion.get(regionCode) ?? [];
}

/** A GeoJSON polygon or multipolygon in WGS84 lon/lat. */
export type RegionGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
    };

export interface RegionBoundaryFeature {
  readonly type: 'Feature';
  /** The region code. */
  readonly id: string;
  readonly properties: LabourMarketRegionRecord;
  readonly geometry: RegionGeometry;
}

export interface RegionBoundaries {
  readonly type: 'FeatureCollection';
  readonly features: readonly RegionBoundaryFeature[];
}

const BOUNDARIES_FILE = 'labour-market-regions-2025.geojson';
let boundaries: RegionBoundaries | undefined;

/**
 * The 35 region polygons as a GeoJSON FeatureCollection, generalised for a national-scale map
 * (not for zooming in to street level). Read once, then cached.
 */
export function loadRegionBoundaries(): RegionBoundaries {
  if (!boundaries) {
    const file = readDataFile(BOUNDARIES_FILE);
    arrayProperty(file, 'features', BOUNDARIES_FILE);
    boundaries = file as RegionBoundaries;
  }
  return boundaries;
}
