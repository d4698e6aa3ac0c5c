// Input checks at the index's door: the engine trusts its typed arrays, so nothing malformed gets in.
import {
  COMPETENCE_REQUIREMENTS,
  LEVELS,
  TRANSPORT_MODES,
  VACANCY_KINDS,
  WORK_SECTORS,
} from '@werkbrug/domain-rules';
import { MatchingError } from './errors.js';
import type { SeekerInput, VacancyInput } from './types.js';

const isOneOf = <T>(values: readonly T[], value: unknown): boolean => values.includes(value as T);
const isLevel = (value: number): boolean => isOneOf(LEVELS, value);
const isNonNegative = (value: number): boolean => Number.isFinite(value) && value >= 0;

function check(condition: boolean, what: string, id: string, message: string): void {
  if (!condition) throw new MatchingError('INVALID_INPUT', `${what} '${id}': ${message}`);
}

function checkCoordinates(what: string, id: string, lat: number, lon: number): void {
  check(
    Number.isFinite(lat) && Math.abs(lat) <= 90,
    what,
    id,
    `latitude ${lat} is not in [-90, 90]`,
  );
  check(
    Number.isFinite(lon) && Math.abs(lon) <= 180,
    what,
    id,
    `longitude ${lon} is not in [-180, 180]`,
  );
}

function checkUniqueCodes(what: string, id: string, codes: readonly string[]): void {
  const unique = new Set(codes);
  check(unique.size === codes.length, what, id, 'a competence code appears more than once');
}

export function validateSeekerInput(seeker: SeekerInput): void {
  const what = 'Job-seeker';
  const id = seeker.id;
  check(typeof id === 'string' && id.length > 0, what, String(id), 'id must be a non-empty string');
  check(seeker.regionCode.length > 0, what, id, 'regionCode is empty');
  checkCoordinates(what, id, seeker.lat, seeker.lon);
  check(isNonNegative(seeker.hoursAvailable), what, id, 'hoursAvailable must be >= 0');
  check(isNonNegative(seeker.maxTravelKm), what, id, 'maxTravelKm must be >= 0');
  check(isNonNegative(seeker.maxTravelMinutes), what, id, 'maxTravelMinutes must be >= 0');
  check(
    isOneOf(TRANSPORT_MODES, seeker.transport),
    what,
    id,
    `unknown transport '${seeker.transport}'`,
  );
  check(
    seeker.sectorPreferences.every((sector) => isOneOf(WORK_SECTORS, sector)),
    what,
    id,
    'unknown sector preference',
  );
  check(
    seeker.clientProfile === null || isOneOf([1, 2, 3, 4], seeker.clientProfile),
    what,
    id,
    'clientProfile must be 1-4 or null',
  );
  check(
    seeker.perspectiveGroup === null || isOneOf([1, 2, 3], seeker.perspectiveGroup),
    what,
    id,
    'perspectiveGroup must be 1-3 or null',
  );
  check(
    seeker.availabilityConfirmedAt === null ||
      Number.isFinite(seeker.availabilityConfirmedAt.getTime()),
    what,
    id,
    'availabilityConfirmedAt is not a valid date',
  );
  check(
    seeker.consentExpiresAt == null || Number.isFinite(seeker.consentExpiresAt.getTime()),
    what,
    id,
    'consentExpiresAt is not a valid date',
  );
  check(
    seeker.competences.every((competence) => isLevel(competence.level)),
    what,
    id,
    'competence levels must be 1-5',
  );
  checkUniqueCodes(
    what,
    id,
    seeker.competences.map((competence) => competence.code),
  );
}

export function validateVacancyInput(vacancy: VacancyInput): void {
  const what = 'Vacancy';
  const id = vacancy.id;
  check(typeof id === 'string' && id.length > 0, what, String(id), 'id must be a non-empty string');
  check(vacancy.regionCode.length > 0, what, id, 'regionCode is empty');
  checkCoordinates(what, id, vacancy.lat, vacancy.lon);
  check(isOneOf(VACANCY_KINDS, vacancy.kind), what, id, `unknown kind '${vacancy.kind}'`);
  check(
    vacancy.sector === null || isOneOf(WORK_SECTORS, vacancy.sector),
    what,
    id,
    `unknown sector '${vacancy.sector}'`,
  );
  check(isNonNegative(vacancy.hoursMin), what, id, 'hoursMin must be >= 0');
  check(
    Number.isFinite(vacancy.hoursMax) && vacancy.hoursMax >= vacancy.hoursMin,
    what,
    id,
    'hoursMax must be >= hoursMin',
  );
  check(
    Number.isInteger(vacancy.openings) && vacancy.openings >= 0,
    what,
    id,
    'openings must be a whole number >= 0',
  );
  for (const asked of vacancy.competences) {
    check(isLevel(asked.minLevel), what, id, `minLevel of '${asked.code}' must be 1-5`);
    check(
      Number.isFinite(asked.weight) && asked.weight >= 1 && asked.weight <= 5,
      what,
      id,
      `weight of '${asked.code}' must be 1-5`,
    );
    check(
      isOneOf(COMPETENCE_REQUIREMENTS, asked.requirement),
      what,
      id,
      `unknown requirement '${asked.requirement}'`,
    );
  }
  checkUniqueCodes(
    what,
    id,
    vacancy.competences.map((competence) => competence.code),
  );
}
