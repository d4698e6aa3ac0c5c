// Row builders for the specs (left out of the build).
import type { BenefitExit, FlagPeriod, JobSeekerFlag, ResultPlacement } from './rows.js';

let nextPerson = 1;

export const newPersonId = () => `person-${nextPerson++}`;

/** A running permanent garantiebaan of 25.5 hours in Hilversum (AM12, markt) since 15 January 2026. */
export function placement(overrides: Partial<ResultPlacement> = {}): ResultPlacement {
  return {
    personId: newPersonId(),
    municipalityCode: 'GM0402',
    contractType: 'PERMANENT',
    weeklyHours: 25.5,
    start: '2026-01-15',
    end: null,
    employer: { sector: 'MARKT', regionCode: 'AM12' },
    hiringEmployer: null,
    vacancyKind: 'GARANTIEBAAN',
    vacancyOpenedOn: null,
    instruments: [],
    ...overrides,
  };
}

export function flag(
  personId: string,
  overrides: Partial<Omit<FlagPeriod, 'personId'>> = {},
): FlagPeriod {
  return {
    personId,
    flag: 'DOELGROEPREGISTER',
    validFrom: '2010-01-01',
    validTo: null,
    ...overrides,
  };
}

/** One open period of the flag since 2010 for every person of the placements. */
export function flagsFor(
  placements: readonly ResultPlacement[],
  flagName: JobSeekerFlag = 'DOELGROEPREGISTER',
): FlagPeriod[] {
  return [...new Set(placements.map((row) => row.personId))].map((personId) =>
    flag(personId, { flag: flagName }),
  );
}

/** `count` placements of different people, each built by `overrides`. */
export function placements(
  count: number,
  overrides: Partial<ResultPlacement> = {},
): ResultPlacement[] {
  return Array.from({ length: count }, () => placement(overrides));
}

export function exit(overrides: Partial<BenefitExit> = {}): BenefitExit {
  return {
    personId: newPersonId(),
    municipalityCode: 'GM0402',
    date: '2025-03-15',
    kind: 'FULL',
    reason: 'WORK',
    ...overrides,
  };
}
