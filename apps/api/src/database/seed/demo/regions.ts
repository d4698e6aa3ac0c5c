import {
  findRegion,
  loadPostcodeCentroids,
  municipalitiesOfRegion,
  type MunicipalityRecord,
} from '@werkbrug/reference-data';
import type { ACTIVE_REGION_CODES } from '../reference-data.seed.js';
import type { Random } from './prng.js';

export type DemoRegionCode = (typeof ACTIVE_REGION_CODES)[number];

/** A PC4 area with the municipality the reference data puts it in. */
export interface DemoPostcodeArea {
  readonly pc4: string;
  readonly place: string;
  readonly municipalityCode: string;
}

/** One active region with what the generators need to place people and employers in it. */
export interface DemoRegion {
  readonly code: DemoRegionCode;
  readonly name: string;
  /** Used in the demo logins: am.<slug>@demo.werkbrug.nl. */
  readonly slug: string;
  /** The municipality the demo employer and the offices sit in. */
  readonly hubMunicipalityCode: string;
  /**
   * Which perspective scale the region's consultants use: Hilversum's groups 1-3 (Gooi en
   * Vechtstreek) or Westerveld's client profiles 1-4.
   */
  readonly perspectiveScale: 'PERSPECTIVE_GROUP' | 'CLIENT_PROFILE';
  readonly municipalities: readonly MunicipalityRecord[];
  readonly postcodeAreas: readonly DemoPostcodeArea[];
  /** The PC4 areas of the hub municipality, where a larger share of people and employers are. */
  readonly hubPostcodeAreas: readonly DemoPostcodeArea[];
}

const REGION_SETTINGS: Record<
  DemoRegionCode,
  Pick<DemoRegion, 'slug' | 'hubMunicipalityCode' | 'perspectiveScale'>
> = {
  AM12: { slug: 'gooi', hubMunicipalityCode: 'GM0402', perspectiveScale: 'PERSPECTIVE_GROUP' },
  AM01: { slug: 'groningen', hubMunicipalityCode: 'GM0014', perspectiveScale: 'CLIENT_PROFILE' },
  AM36: { slug: 'zwolle', hubMunicipalityCode: 'GM0193', perspectiveScale: 'CLIENT_PROFILE' },
};

/** The demo's regions in a fixed order: Gooi en Vechtstreek, Groningen, Regio Zwolle. */
export const DEMO_REGION_CODES: readonly DemoRegionCode[] = ['AM12', 'AM01', 'AM36'];

let regions: readonly DemoRegion[] | undefined;

/** PC4 areas of a region: those whose (containing or nearest) municipality lies in it. */
function postcodeAreasOf(municipalities: readonly MunicipalityRecord[]): DemoPostcodeArea[] {
  const codes = new Set(municipalities.map((municipality) => municipality.code));
  return loadPostcodeCentroids().flatMap((centroid) => {
    const municipalityCode = centroid.municipalityCode ?? centroid.nearestMunicipalityCode ?? null;
    return municipalityCode && codes.has(municipalityCode)
      ? [{ pc4: centroid.pc4, place: centroid.place, municipalityCode }]
      : [];
  });
}

export function demoRegions(): readonly DemoRegion[] {
  regions ??= DEMO_REGION_CODES.map((code) => {
    const region = findRegion(code);
    if (!region) throw new Error(`Region ${code} is missing from the reference data`);
    const municipalities = municipalitiesOfRegion(code);
    const postcodeAreas = postcodeAreasOf(municipalities);
    const settings = REGION_SETTINGS[code];
    const hubPostcodeAreas = postcodeAreas.filter(
      (area) => area.municipalityCode === settings.hubMunicipalityCode,
    );
    if (hubPostcodeAreas.length === 0)
      throw new Error(`Region ${code} has no postcode areas in its hub municipality`);
    return {
      code,
      name: region.name,
      ...settings,
      municipalities,
      postcodeAreas,
      hubPostcodeAreas,
    };
  });
  return regions;
}

export function demoRegion(code: DemoRegionCode): DemoRegion {
  const region = demoRegions().find((candidate) => candidate.code === code);
  if (!region) throw new Error(`Unknown demo region ${code}`);
  return region;
}

/** PostNL does not issue these letter pairs. */
const UNISSUED_LETTERS = new Set(['SA', 'SD', 'SS']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface DemoAddress extends DemoPostcodeArea {
  /** Normalised, without a space: '1211AB'. */
  readonly postcode: string;
}

/** A full postcode: a PC4 of the given areas plus two synthetic letters. */
export function randomAddress(rng: Random, areas: readonly DemoPostcodeArea[]): DemoAddress {
  const area = rng.pick(areas);
  for (;;) {
    const letters = LETTERS[rng.int(0, 25)] + LETTERS[rng.int(0, 25)];
    if (!UNISSUED_LETTERS.has(letters)) return { ...area, postcode: `${area.pc4}${letters}` };
  }
}
