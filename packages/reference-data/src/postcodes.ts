import { arrayProperty, readDataFile } from './data-file.js';
import { findMunicipality, findRegion, type LabourMarketRegionRecord } from './regions.js';

/** A 4-digit postcode (PC4) with one GeoNames coordinate and the municipality that point lies in. */
export interface PostcodeCentroid {
  /** Four digits, e.g. `1211`. */
  readonly pc4: string;
  /** GeoNames place name for the point; not necessarily the official woonplaats. */
  readonly place: string;
  /** Every place name the source lists for this PC4. */
  readonly places: readonly string[];
  /** WGS84 coordinate from GeoNames; not the area centroid of the PC4. */
  readonly lat: number;
  readonly lon: number;
  /** `GMnnnn` of the 2025 municipality containing the point; null for the 3 points outside every polygon. */
  readonly municipalityCode: string | null;
  /** Only where `municipalityCode` is null: the closest municipality. */
  readonly nearestMunicipalityCode?: string;
  readonly nearestMunicipalityKm?: number;
  /** True when the source's entries for this PC4 lay more than 5 km apart and one group was chosen. */
  readonly conflict: boolean;
}

const POSTCODES_FILE = 'postcode-pc4-centroids.json';
const POSTCODE_PATTERN = /^\s*(\d{4})\s*(?:[A-Za-z]{2})?\s*$/;

let postcodes: readonly PostcodeCentroid[] | undefined;
let postcodeByPc4: ReadonlyMap<string, PostcodeCentroid> | undefined;

/** The 4,064 PC4 postcodes, sorted by `pc4`. Read once, then cached. */
export function loadPostcodeCentroids(): readonly PostcodeCentroid[] {
  postcodes ??= arrayProperty(
    readDataFile(POSTCODES_FILE),
    'postcodes',
    POSTCODES_FILE,
  ) as PostcodeCentroid[];
  return postcodes;
}

/** The PC4 part of a postcode (`1211`, `1211AB` or `1211 ab`), or null when it is not a Dutch postcode. */
export function toPc4(postcode: string): string | null {
  return POSTCODE_PATTERN.exec(postcode)?.[1] ?? null;
}

/** Looks up a PC4 (a full postcode such as `1211 AB` is accepted too); null when unknown. */
export function findPc4(postcode: string): PostcodeCentroid | null {
  const pc4 = toPc4(postcode);
  if (pc4 === null) return null;
  postcodeByPc4 ??= new Map(loadPostcodeCentroids().map((record) => [record.pc4, record]));
  return postcodeByPc4.get(pc4) ?? null;
}

/** The municipality code for a postcode: the containing one, or the nearest one for points just outside. */
export function municipalityCodeOfPc4(postcode: string): string | null {
  const record = findPc4(postcode);
  if (!record) return null;
  return record.municipalityCode ?? record.nearestMunicipalityCode ?? null;
}

/** The labour-market region a postcode belongs to, via its municipality; null when unknown. */
export function regionOfPc4(postcode: string): LabourMarketRegionRecord | null {
  const municipalityCode = municipalityCodeOfPc4(postcode);
  if (municipalityCode === null) return null;
  const municipality = findMunicipality(municipalityCode);
  return municipality ? findRegion(municipality.regionCode) : null;
}
