// Demo data for the regional results (issue 6): the history of the target-group flags, sheltered
// places for people with an indicatie beschut werk, exits from benefit, and the targets the
// results are measured against. Everything is derived from the generated data set and seeded
// streams, never from the clock, so every run gives the same rows.
//
// Scale: the demo places about 60 doelgroepregister people per region, where a real region counts
// hundreds of jobs (seed 003: 447 extra jobs were 91 % of Gooi en Vechtstreek's target). So the
// banenafspraak targets are derived from the demo's own count, keeping seed 003's 91 % for Gooi en
// Vechtstreek; the beschut werk (18 of 31) and uitstroom (214 → 267) figures fit and are used as is.
// Deriving from the data keeps these ratios when the other generators change.
import { addDays, type IsoDate } from '@werkbrug/domain-rules';
import {
  countBanenafspraakQuarters,
  lastCompletedQuarter,
  type FlagPeriod,
  type ResultPlacement,
} from '@werkbrug/results';
import type { EntityManager } from 'typeorm';
import { PlacementEntity } from '../../../modules/placement/placement.entity.js';
import {
  BenefitExitEntity,
  JobSeekerFlagPeriodEntity,
  MunicipalityTargetEntity,
  RegionTargetEntity,
} from '../../../modules/results/results.entity.js';
import { bulkInsert } from '../bulk-insert.js';
import { duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import { DEMO_DATA_DEFAULTS, type DemoDataset } from './dataset.js';
import { Random, stableUuid } from './prng.js';
import { demoRegion, demoRegions, type DemoRegionCode } from './regions.js';
import type { JobSeekerRow, PlacementRow } from './rows.js';

export type RegionTargetRow = Pick<
  RegionTargetEntity,
  'regionCode' | 'year' | 'jobs' | 'marktJobs' | 'overheidJobs'
>;
export type MunicipalityTargetRow = Pick<
  MunicipalityTargetEntity,
  'municipalityCode' | 'year' | 'beschutWerkTaakstelling' | 'uitstroomTarget'
>;
export type FlagPeriodRow = Pick<
  JobSeekerFlagPeriodEntity,
  'id' | 'jobSeekerId' | 'flag' | 'validFrom' | 'validTo'
>;
export type BenefitExitRow = Pick<
  BenefitExitEntity,
  'id' | 'jobSeekerId' | 'municipalityCode' | 'exitDate' | 'kind' | 'reason'
>;

export interface ResultsDemoData {
  readonly regionTargets: RegionTargetRow[];
  readonly municipalityTargets: MunicipalityTargetRow[];
  readonly flagPeriods: FlagPeriodRow[];
  /** Sheltered places; the pipeline generator places people on garantiebanen and regular jobs. */
  readonly shelteredPlacements: PlacementRow[];
  readonly benefitExits: BenefitExitRow[];
}

/**
 * The share of its banenafspraak target each region reaches on the last count date of each year:
 * Gooi en Vechtstreek 91 % as in seed 003, Groningen ahead, Regio Zwolle behind, so the map
 * shows differences.
 */
const TARGET_REACHED: Record<DemoRegionCode, number> = { AM12: 0.91, AM01: 1.1, AM36: 0.75 };
const TARGET_YEARS = [2024, 2025, 2026];

/** Sheltered places (beschut werk) the municipalities of each region must offer in total, per year. */
const BESCHUT_WERK_TAAKSTELLING: Record<DemoRegionCode, Record<number, number>> = {
  AM12: { 2025: 31, 2026: 34 }, // seed 003: 31 for the region
  AM01: { 2025: 36, 2026: 40 },
  AM36: { 2025: 30, 2026: 33 },
};

/** Eemnes has no taakstelling yet: the results show a municipality without one. */
const WITHOUT_TAAKSTELLING = new Set(['GM0317']);

/** People in a sheltered place on 31 December 2025 per region (seed 003: 18 in Gooi en Vechtstreek). */
const SHELTERED_AT_YEAR_END: Record<DemoRegionCode, number> = { AM12: 18, AM01: 25, AM36: 14 };
/** Sheltered places that ended in 2025, and ones that began in 2026. */
const SHELTERED_ENDED = 3;
const SHELTERED_STARTED_2026 = 3;

/**
 * Hilversum's exits to work per year at the default scale: seed 003's 214 in the reference year
 * (2024 here), then most of the way to the target 25 % higher (267). Every municipality's people
 * leave benefit at Hilversum's rate.
 */
const HILVERSUM = 'GM0402';
const HILVERSUM_EXITS: readonly { year: number; exits: number; lastDay: IsoDate }[] = [
  { year: 2024, exits: 214, lastDay: '2024-12-31' },
  { year: 2025, exits: 241, lastDay: '2025-12-31' },
  { year: 2026, exits: 176, lastDay: addDays(REFERENCE_DATE, -1) },
];
const TARGET_GROWTH = 1.25;
/** Exits for other reasons (moving, a partner's income), which do not count as exits to work. */
const OTHER_EXIT_SHARE = 0.25;

/** Share of people outside the register today who left it while working: the results lose their job then. */
const LEFT_REGISTER_SHARE = 0.5;

export function generateResultsDemoData(dataset: DemoDataset): ResultsDemoData {
  const placementsOf = new Map<string, PlacementRow[]>();
  for (const placement of dataset.placements) {
    placementsOf.set(placement.jobSeekerId, [
      ...(placementsOf.get(placement.jobSeekerId) ?? []),
      placement,
    ]);
  }
  const shelteredPlacements = generateShelteredPlacements(dataset, placementsOf);
  for (const placement of shelteredPlacements) placementsOf.set(placement.jobSeekerId, [placement]);
  const benefitExits = generateBenefitExits(dataset.jobSeekers);
  const flagPeriods = generateFlagPeriods(dataset.jobSeekers, placementsOf);
  return {
    regionTargets: generateRegionTargets(
      toResultPlacements(dataset, [...dataset.placements, ...shelteredPlacements]),
      flagPeriods.map((period) => ({ personId: period.jobSeekerId, ...period })),
    ),
    municipalityTargets: generateMunicipalityTargets(dataset.jobSeekers, benefitExits),
    flagPeriods,
    shelteredPlacements,
    benefitExits,
  };
}

/** Inserts the results demo data; targets leave rows already there alone. Returns the counts, added to `summary`. */
export async function seedResultsDemoData(
  manager: EntityManager,
  dataset: DemoDataset,
  summary: Record<string, number>,
): Promise<Record<string, number>> {
  const data = generateResultsDemoData(dataset);
  await manager
    .createQueryBuilder()
    .insert()
    .into(RegionTargetEntity)
    .values(data.regionTargets)
    .orIgnore()
    .execute();
  await manager
    .createQueryBuilder()
    .insert()
    .into(MunicipalityTargetEntity)
    .values(data.municipalityTargets)
    .orIgnore()
    .execute();
  await bulkInsert(manager, PlacementEntity, data.shelteredPlacements);
  await bulkInsert(manager, JobSeekerFlagPeriodEntity, data.flagPeriods);
  await bulkInsert(manager, BenefitExitEntity, data.benefitExits);
  return {
    ...summary,
    placement: (summary.placement ?? 0) + data.shelteredPlacements.length,
    region_target: data.regionTargets.length,
    municipality_target: data.municipalityTargets.length,
    job_seeker_flag_period: data.flagPeriods.length,
    benefit_exit: data.benefitExits.length,
  };
}

/** The demo's placements as the counting rules read them; the placement's employer is the inlener. */
export function toResultPlacements(
  dataset: DemoDataset,
  placements: readonly PlacementRow[],
): ResultPlacement[] {
  const employers = new Map(dataset.employers.map((employer) => [employer.id, employer]));
  const vacancies = new Map(dataset.vacancies.map((vacancy) => [vacancy.id, vacancy]));
  const municipalities = new Map(
    dataset.jobSeekers.map((jobSeeker) => [jobSeeker.id, jobSeeker.municipalityCode]),
  );
  return placements.map((placement) => {
    const employer = employers.get(placement.employerId)!;
    const vacancy = placement.vacancyId ? vacancies.get(placement.vacancyId)! : null;
    const facts = { sector: employer.sector, regionCode: employer.regionCode };
    return {
      personId: placement.jobSeekerId,
      municipalityCode: municipalities.get(placement.jobSeekerId)!,
      contractType: placement.contractType,
      weeklyHours: placement.hoursPerWeek,
      start: placement.startDate,
      end: placement.endDate,
      employer: facts,
      hiringEmployer: facts,
      vacancyKind: vacancy?.kind ?? null,
      vacancyOpenedOn: vacancy ? vacancy.createdAt.toISOString().slice(0, 10) : null,
      instruments: placement.instruments,
    };
  });
}

/**
 * Targets set so that each region reaches its TARGET_REACHED share on the year's last count date
 * the demo has (2026: the last quarter completed on the reference date), at least one job.
 */
function generateRegionTargets(
  placements: readonly ResultPlacement[],
  flagPeriods: readonly FlagPeriod[],
): RegionTargetRow[] {
  const lastQuarter = lastCompletedQuarter(REFERENCE_DATE);
  return demoRegions().flatMap((region) =>
    TARGET_YEARS.map((year) => {
      const quarter = `${year}-Q4` < lastQuarter ? `${year}-Q4` : lastQuarter;
      const [count] = countBanenafspraakQuarters({
        regionCode: region.code,
        fromQuarter: quarter,
        toQuarter: quarter,
        placements,
        flagPeriods,
        targets: [],
      }).quarters;
      const jobs = Math.max(
        1,
        Math.round((count.extra.total.jobs / TARGET_REACHED[region.code]) * 10) / 10,
      );
      // About a fifth for government employers, as in the national agreement (25,000 of 125,000).
      const overheidJobs = Math.round(jobs * 2) / 10;
      const marktJobs = Math.round((jobs - overheidJobs) * 10) / 10;
      return { regionCode: region.code, year, jobs, marktJobs, overheidJobs };
    }),
  );
}

/**
 * Taakstellingen spread over a region's municipalities by their number of job-seekers (largest
 * remainder, so they add up to the region's total); uitstroom targets 25 % above the 2024 exits.
 */
function generateMunicipalityTargets(
  jobSeekers: readonly JobSeekerRow[],
  exits: readonly BenefitExitRow[],
): MunicipalityTargetRow[] {
  const people = countBy(jobSeekers, (jobSeeker) => jobSeeker.municipalityCode);
  const exits2024 = countBy(
    exits.filter((exit) => exit.reason === 'WORK' && exit.exitDate.startsWith('2024-')),
    (exit) => exit.municipalityCode,
  );
  const rows: MunicipalityTargetRow[] = [];
  for (const region of demoRegions()) {
    const municipalities = region.municipalities.map((municipality) => municipality.code);
    for (const year of [2025, 2026]) {
      const withTarget = municipalities.filter((code) => !WITHOUT_TAAKSTELLING.has(code));
      const shares = largestRemainder(
        BESCHUT_WERK_TAAKSTELLING[region.code][year],
        withTarget.map((code) => people.get(code) ?? 0),
      );
      for (const code of municipalities) {
        const index = withTarget.indexOf(code);
        rows.push({
          municipalityCode: code,
          year,
          beschutWerkTaakstelling: index === -1 ? null : shares[index],
          uitstroomTarget: Math.floor((exits2024.get(code) ?? 0) * TARGET_GROWTH),
        });
      }
    }
  }
  return rows;
}

/**
 * Open flag periods for everyone flagged today, from a day before their file and their first
 * placement; and for half the people outside the register today who work, a period that ended
 * while they worked.
 */
function generateFlagPeriods(
  jobSeekers: readonly JobSeekerRow[],
  placementsOf: ReadonlyMap<string, readonly PlacementRow[]>,
): FlagPeriodRow[] {
  const rows: FlagPeriodRow[] = [];
  for (const jobSeeker of jobSeekers) {
    const rng = Random.of(jobSeeker.id, 'flag-periods');
    const placements = placementsOf.get(jobSeeker.id) ?? [];
    const firstDay = placements.reduce(
      (first, placement) => (placement.startDate < first ? placement.startDate : first),
      jobSeeker.createdAt.toISOString().slice(0, 10),
    );
    const open = (flag: FlagPeriodRow['flag']) =>
      rows.push({
        id: stableUuid('flag-period', jobSeeker.id, flag),
        jobSeekerId: jobSeeker.id,
        flag,
        validFrom: addDays(firstDay, -rng.int(30, 1500)),
        validTo: null,
      });
    if (jobSeeker.doelgroepregister) open('DOELGROEPREGISTER');
    if (jobSeeker.indicatieBeschutWerk) open('INDICATIE_BESCHUT_WERK');
    const working = placements.find(
      (placement) => placement.endDate === null && placement.contractType !== 'UNPAID',
    );
    if (!jobSeeker.doelgroepregister && working && rng.chance(LEFT_REGISTER_SHARE)) {
      const lastDay = addDays(working.startDate, rng.int(30, 400));
      rows.push({
        id: stableUuid('flag-period', jobSeeker.id, 'DOELGROEPREGISTER', 'ended'),
        jobSeekerId: jobSeeker.id,
        flag: 'DOELGROEPREGISTER',
        validFrom: addDays(working.startDate, -rng.int(60, 900)),
        validTo: lastDay < REFERENCE_DATE ? lastDay : addDays(REFERENCE_DATE, -1),
      });
    }
  }
  return rows;
}

/**
 * People with an indicatie beschut werk and no placement yet, on the region's sheltered
 * vacancies: SHELTERED_AT_YEAR_END working on 31 December 2025, a few who stopped during 2025
 * and a few who began in 2026.
 */
function generateShelteredPlacements(
  dataset: DemoDataset,
  placementsOf: ReadonlyMap<string, readonly PlacementRow[]>,
): PlacementRow[] {
  const rows: PlacementRow[] = [];
  for (const region of demoRegions()) {
    const rng = Random.of(region.code, 'sheltered-placements');
    const employers = new Set(
      dataset.employers
        .filter((employer) => employer.regionCode === region.code)
        .map((employer) => employer.id),
    );
    const vacancies = dataset.vacancies.filter(
      (vacancy) =>
        vacancy.kind === 'SHELTERED' &&
        vacancy.status !== 'DRAFT' &&
        employers.has(vacancy.employerId),
    );
    const municipalities = new Set(region.municipalities.map((municipality) => municipality.code));
    const candidates = dataset.jobSeekers.filter(
      (jobSeeker) =>
        jobSeeker.indicatieBeschutWerk &&
        municipalities.has(jobSeeker.municipalityCode) &&
        !placementsOf.has(jobSeeker.id),
    );
    if (vacancies.length === 0) continue;
    const people = rng.sample(
      candidates,
      SHELTERED_AT_YEAR_END[region.code] + SHELTERED_ENDED + SHELTERED_STARTED_2026,
    );
    people.forEach((jobSeeker, index) => {
      const ended =
        index >= SHELTERED_AT_YEAR_END[region.code] &&
        index < SHELTERED_AT_YEAR_END[region.code] + SHELTERED_ENDED;
      const late = index >= SHELTERED_AT_YEAR_END[region.code] + SHELTERED_ENDED;
      // Places that ended in 2025 began by May 2025; the others run on 31 December 2025 or began in 2026.
      const startDate = late
        ? addDays('2026-01-05', rng.int(0, 240))
        : addDays('2024-01-08', rng.int(0, ended ? 500 : 650));
      const vacancy = rng.pick(vacancies);
      const createdAt = duringOfficeHours(rng, startDate);
      rows.push({
        id: stableUuid('sheltered-placement', region.code, index),
        jobSeekerId: jobSeeker.id,
        employerId: vacancy.employerId,
        vacancyId: vacancy.id,
        introductionId: null,
        contractType: vacancy.contractType,
        hoursPerWeek: rng.int(32, 64) / 2,
        startDate,
        endDate: ended ? addDays('2025-10-01', rng.int(0, 80)) : null,
        instruments: ['JOBCOACH'],
        createdAt,
        updatedAt: createdAt,
      });
    });
  }
  return rows;
}

/** Exits per municipality and year at Hilversum's rate, a share of them partial, plus exits for other reasons. */
function generateBenefitExits(jobSeekers: readonly JobSeekerRow[]): BenefitExitRow[] {
  const gooi = new Set(demoRegion('AM12').municipalities.map((municipality) => municipality.code));
  const inGooi = jobSeekers.filter((jobSeeker) => gooi.has(jobSeeker.municipalityCode)).length;
  const inHilversum = jobSeekers.filter(
    (jobSeeker) => jobSeeker.municipalityCode === HILVERSUM,
  ).length;
  // Hilversum's size at the default scale, so that it has exactly HILVERSUM_EXITS there.
  const hilversumAtDefaultScale =
    (Math.max(1, inHilversum) * DEMO_DATA_DEFAULTS.jobSeekersPerRegion) / Math.max(1, inGooi);
  const byMunicipality = new Map<string, JobSeekerRow[]>();
  for (const jobSeeker of jobSeekers) {
    byMunicipality.set(jobSeeker.municipalityCode, [
      ...(byMunicipality.get(jobSeeker.municipalityCode) ?? []),
      jobSeeker,
    ]);
  }
  const rows: BenefitExitRow[] = [];
  for (const [municipalityCode, people] of [...byMunicipality].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    for (const { year, exits, lastDay } of HILVERSUM_EXITS) {
      const rng = Random.of(municipalityCode, 'benefit-exits', year);
      const toWork = Math.min(
        people.length,
        Math.round((people.length * exits) / hilversumAtDefaultScale),
      );
      const chosen = rng.sample(
        people,
        Math.min(people.length, toWork + Math.round(toWork * OTHER_EXIT_SHARE)),
      );
      const days =
        (Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
      chosen.forEach((jobSeeker, index) => {
        rows.push({
          id: stableUuid('benefit-exit', jobSeeker.id, year),
          jobSeekerId: jobSeeker.id,
          municipalityCode,
          exitDate: addDays(`${year}-01-01`, rng.int(0, days)),
          kind: rng.chance(0.3) ? 'PARTIAL' : 'FULL',
          reason: index < toWork ? 'WORK' : 'OTHER',
        });
      });
    }
  }
  return rows;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Splits `total` in whole numbers proportional to `weights` (Hamilton's method). */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  const missing = total - shares.reduce((acc, share) => acc + share, 0);
  for (let i = 0; i < missing; i++) shares[order[i].index]++;
  return shares;
}
