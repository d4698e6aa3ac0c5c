// Counted segments: the parts of paid placements during which the person held a flag. A job
// counts for the banenafspraak only while the person is in the doelgroepregister, and a sheltered
// place only while the person has an indicatie beschut werk; so a person who leaves the register
// loses a counted job on that day although the contract runs on.
import {
  addDays,
  isIsoDate,
  type ContractType,
  type IsoDate,
  type PlacementRoute,
} from '@werkbrug/domain-rules';
import type { EmployerFacts, FlagPeriod, JobSeekerFlag, ResultPlacement } from './rows.js';

/** Inclusive dates; `to` null while it lasts. */
export type OpenPeriod = { from: IsoDate; to: IsoDate | null };

export type CountedSegment = OpenPeriod & {
  personId: string;
  placement: ResultPlacement;
};

/** How a worker is employed, by contract: temp-agency work and secondment are lent to an inlener. */
export function placementRoute(contractType: ContractType): PlacementRoute {
  if (contractType === 'TEMP_AGENCY' || contractType === 'SECONDMENT') return contractType;
  return 'DIRECT';
}

/** Only paid work counts: a trial placement keeps the benefit and unpaid work is no job. */
export function isPaidJob(contractType: ContractType): boolean {
  return contractType !== 'TRIAL_PLACEMENT' && contractType !== 'UNPAID';
}

/** The employer a job counts for: the inlener for temp-agency work and secondment. */
export function countingEmployer(placement: ResultPlacement): EmployerFacts {
  if (placementRoute(placement.contractType) === 'DIRECT') return placement.employer;
  if (!placement.hiringEmployer) {
    throw new RangeError(
      `Placement of ${placement.personId} (${placement.contractType}) needs the hiring employer`,
    );
  }
  return placement.hiringEmployer;
}

/** Running at the close of `day`: a contract or flag ending on that day no longer runs. */
export function runsAtCloseOf(period: OpenPeriod, day: IsoDate): boolean {
  return period.from <= day && (period.to === null || period.to > day);
}

function assertPeriod(from: IsoDate, to: IsoDate | null, what: string): void {
  if (!isIsoDate(from) || (to !== null && (!isIsoDate(to) || to < from))) {
    throw new RangeError(`${what} has invalid dates: ${from} to ${to}`);
  }
}

/** Each person's periods with a flag, sorted, with overlapping and touching periods merged. */
export function flagHistory(
  periods: readonly FlagPeriod[],
  flag: JobSeekerFlag,
): Map<string, OpenPeriod[]> {
  const byPerson = new Map<string, OpenPeriod[]>();
  for (const period of periods) {
    assertPeriod(period.validFrom, period.validTo, `Flag period of ${period.personId}`);
    if (period.flag !== flag) continue;
    const list = byPerson.get(period.personId) ?? [];
    list.push({ from: period.validFrom, to: period.validTo });
    byPerson.set(period.personId, list);
  }
  for (const [personId, list] of byPerson) byPerson.set(personId, mergePeriods(list));
  return byPerson;
}

function mergePeriods(periods: OpenPeriod[]): OpenPeriod[] {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: OpenPeriod[] = [];
  for (const period of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || period.from <= addDays(last.to, 1))) {
      last.to =
        last.to === null || period.to === null ? null : period.to > last.to ? period.to : last.to;
    } else {
      merged.push({ ...period });
    }
  }
  return merged;
}

/** Whether a person holds a flag at the close of `day`. */
export function holdsFlagAtCloseOf(
  history: ReadonlyMap<string, readonly OpenPeriod[]>,
  personId: string,
  day: IsoDate,
): boolean {
  return (history.get(personId) ?? []).some((period) => runsAtCloseOf(period, day));
}

/** The paid placements cut to the periods in which their person held the flag. */
export function countedSegments(
  placements: readonly ResultPlacement[],
  history: ReadonlyMap<string, readonly OpenPeriod[]>,
): CountedSegment[] {
  const segments: CountedSegment[] = [];
  for (const placement of placements) {
    assertPeriod(placement.start, placement.end, `Placement of ${placement.personId}`);
    if (!isPaidJob(placement.contractType)) continue;
    for (const flag of history.get(placement.personId) ?? []) {
      const from = placement.start > flag.from ? placement.start : flag.from;
      const to = earliestEnd(placement.end, flag.to);
      if (to === null || from <= to) {
        segments.push({ from, to, personId: placement.personId, placement });
      }
    }
  }
  return segments;
}

function earliestEnd(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
