// Generated job-seekers and vacancies for tests and the benchmark: seeded, so every run sees the
// same data, and spread like a region's (people share PC4 points, most live near a centre).
import {
  TRANSPORT_MODES,
  WORK_SECTORS,
  type Level,
  type VacancyKind,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { DAY_MS } from '../filters.js';
import { EARTH_RADIUS_KM } from '../geo.js';
import type { SeekerInput, VacancyCompetence, VacancyInput } from '../types.js';
import { mulberry32, pick, randomInt, sample, type Random } from './random.js';

export interface Location {
  regionCode: string;
  lat: number;
  lon: number;
}

export interface SyntheticOptions {
  seed: number;
  seekers: number;
  vacancies: number;
  competenceCodes: readonly string[];
  /** PC4-like points people and vacancies are placed on. */
  locations: readonly Location[];
  now: Date;
  /** Competences per job-seeker, inclusive range. */
  seekerCompetences?: readonly [number, number];
  /** Competences a vacancy asks, inclusive range. */
  vacancyCompetences?: readonly [number, number];
  /** How many of the asked competences are REQUIRED, inclusive range. */
  requiredCompetences?: readonly [number, number];
  /** Prefix for ids, to keep several generated sets apart. */
  idPrefix?: string;
}

export interface SyntheticData {
  seekers: SeekerInput[];
  vacancies: VacancyInput[];
}

/** `count` points in a disc around a centre, denser towards the middle like a town and its villages. */
export function discLocations(
  random: Random,
  regionCode: string,
  centre: { lat: number; lon: number },
  radiusKm: number,
  count: number,
): Location[] {
  const kmPerDegree = EARTH_RADIUS_KM * (Math.PI / 180);
  return Array.from({ length: count }, () => {
    const distance = radiusKm * random();
    const angle = 2 * Math.PI * random();
    return {
      regionCode,
      lat: centre.lat + (distance * Math.sin(angle)) / kmPerDegree,
      lon:
        centre.lon +
        (distance * Math.cos(angle)) / (kmPerDegree * Math.cos((centre.lat * Math.PI) / 180)),
    };
  });
}

const KINDS: readonly [VacancyKind, number][] = [
  ['REGULAR', 0.45],
  ['GARANTIEBAAN', 0.25],
  ['SHELTERED', 0.05],
  ['WORK_LEARN', 0.1],
  ['TRIAL', 0.1],
  ['VOLUNTEER', 0.05],
];

function weightedKind(random: Random): VacancyKind {
  let draw = random();
  for (const [kind, share] of KINDS) {
    if (draw < share) return kind;
    draw -= share;
  }
  return 'REGULAR';
}

const level = (random: Random, min: number, max: number): Level =>
  randomInt(random, min, max) as Level;

function generateSeeker(random: Random, id: string, options: SyntheticOptions): SeekerInput {
  const [minCompetences, maxCompetences] = options.seekerCompetences ?? [20, 60];
  const location = pick(random, options.locations);
  const codes = sample(
    random,
    options.competenceCodes,
    randomInt(random, minCompetences, maxCompetences),
  );
  const ageDays = random() * 240;
  return {
    id,
    regionCode: location.regionCode,
    lat: location.lat,
    lon: location.lon,
    competences: codes.map((code) => ({ code, level: level(random, 1, 5) })),
    hoursAvailable: 4 * randomInt(random, 2, 10),
    maxTravelKm: pick(random, [3, 5, 10, 15, 20, 30, 45]),
    maxTravelMinutes: pick(random, [20, 30, 45, 60, 90]),
    transport: pick(random, TRANSPORT_MODES),
    sectorPreferences: sample(random, WORK_SECTORS, randomInt(random, 0, 3)) as WorkSector[],
    doelgroepregister: random() < 0.35,
    indicatieBeschutWerk: random() < 0.1,
    consentToMatch: random() < 0.9,
    availabilityConfirmedAt:
      random() < 0.05 ? null : new Date(options.now.getTime() - ageDays * DAY_MS),
    clientProfile: random() < 0.5 ? (randomInt(random, 1, 4) as 1 | 2 | 3 | 4) : null,
    perspectiveGroup: random() < 0.3 ? (randomInt(random, 1, 3) as 1 | 2 | 3) : null,
  };
}

function generateVacancy(random: Random, id: string, options: SyntheticOptions): VacancyInput {
  const [minAsked, maxAsked] = options.vacancyCompetences ?? [30, 50];
  const [minRequired, maxRequired] = options.requiredCompetences ?? [2, 5];
  const location = pick(random, options.locations);
  const codes = sample(random, options.competenceCodes, randomInt(random, minAsked, maxAsked));
  const required = randomInt(random, minRequired, maxRequired);
  const competences: VacancyCompetence[] = codes.map((code, i) => ({
    code,
    minLevel: i < required ? level(random, 1, 3) : level(random, 1, 5),
    weight: randomInt(random, 1, 5),
    requirement: i < required ? 'REQUIRED' : 'WISHED',
  }));
  const hoursMin = 4 * randomInt(random, 1, 8);
  return {
    id,
    regionCode: location.regionCode,
    lat: location.lat,
    lon: location.lon,
    kind: weightedKind(random),
    sector: random() < 0.1 ? null : pick(random, WORK_SECTORS),
    hoursMin,
    hoursMax: hoursMin + 4 * randomInt(random, 0, 4),
    openings: random() < 0.05 ? 0 : randomInt(random, 1, 3),
    competences,
    trainableCompetences: codes.filter(() => random() < 0.1),
  };
}

export function generateSyntheticData(options: SyntheticOptions): SyntheticData {
  const random = mulberry32(options.seed);
  const prefix = options.idPrefix ?? '';
  const width = String(Math.max(options.seekers, options.vacancies)).length;
  const seekers = Array.from({ length: options.seekers }, (_, i) =>
    generateSeeker(random, `${prefix}S${String(i).padStart(width, '0')}`, options),
  );
  const vacancies = Array.from({ length: options.vacancies }, (_, i) =>
    generateVacancy(random, `${prefix}V${String(i).padStart(width, '0')}`, options),
  );
  return { seekers, vacancies };
}
