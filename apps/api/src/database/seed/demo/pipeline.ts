import {
  addDays,
  addMonths,
  CONSENT_METHODS,
  isEligibleForVacancyKind,
  PLACEMENT_INSTRUMENTS,
  type ContractType,
  type IntroductionEndReason,
  type IntroductionStatus,
  type IsoDate,
  type PlacementInstrument,
} from '@werkbrug/domain-rules';
import { daysBetween, duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import { Random, stableUuid } from './prng.js';
import type { DemoRegion } from './regions.js';
import type {
  IntroductionRow,
  IntroductionStatusChangeRow,
  JobSeekerRow,
  PlacementRow,
} from './rows.js';
import type { DemoVacancy } from './vacancies.js';

/** The road an introduction takes when all goes well. */
const MAIN_ROAD: readonly IntroductionStatus[] = [
  'PROPOSED',
  'CONSENT_REQUESTED',
  'CONSENTED',
  'INTRODUCED',
  'INTERVIEW',
  'TRIAL_PLACEMENT',
  'PLACED',
];

const FINAL_STATUS_WEIGHTS: readonly (readonly [IntroductionStatus, number])[] = [
  ['PROPOSED', 10],
  ['CONSENT_REQUESTED', 10],
  ['CONSENTED', 8],
  ['DECLINED', 6],
  ['INTRODUCED', 14],
  ['INTERVIEW', 12],
  ['TRIAL_PLACEMENT', 8],
  ['PLACED', 14],
  ['REJECTED', 12],
  ['WITHDRAWN', 6],
];

/**
 * The statuses an introduction passed through to reach `final`, starting with PROPOSED: along the
 * main road, or off it (consent declined, rejected by the employer after an introduction or
 * later, withdrawn at any point).
 */
export function introductionHistory(rng: Random, final: IntroductionStatus): IntroductionStatus[] {
  const upTo = (status: IntroductionStatus) => MAIN_ROAD.slice(0, MAIN_ROAD.indexOf(status) + 1);
  switch (final) {
    case 'DECLINED':
      return [...upTo('CONSENT_REQUESTED'), 'DECLINED'];
    case 'REJECTED':
      return [
        ...upTo(rng.pick(['INTRODUCED', 'INTERVIEW', 'TRIAL_PLACEMENT'] as const)),
        'REJECTED',
      ];
    case 'WITHDRAWN':
      return [...MAIN_ROAD.slice(0, rng.int(1, 5)), 'WITHDRAWN'];
    default:
      return upTo(final);
  }
}

const NOTES: Record<IntroductionStatus, string> = {
  PROPOSED: 'Voorgedragen op basis van de matchsuggestie.',
  CONSENT_REQUESTED: 'Toestemming gevraagd aan de inwoner.',
  CONSENTED: 'Inwoner geeft toestemming om het profiel te delen.',
  DECLINED: 'Inwoner wil niet voor deze vacature worden voorgesteld.',
  INTRODUCED: 'Profiel gedeeld met de werkgever.',
  INTERVIEW: 'Kennismakingsgesprek op locatie gepland.',
  TRIAL_PLACEMENT: 'Proefplaatsing gestart.',
  PLACED: 'Arbeidsovereenkomst getekend.',
  REJECTED: 'Werkgever kiest voor een andere kandidaat.',
  WITHDRAWN: 'Voordracht ingetrokken.',
};

/**
 * Why an ended introduction ended, and how consent was given: derived from the introduction's
 * number rather than drawn, so the rest of the generated data stays the same.
 */
const WITHDRAWN_REASONS: readonly IntroductionEndReason[] = [
  'NOT_SUITABLE',
  'VACANCY_FILLED',
  'DECLINED_BY_JOB_SEEKER',
];

function endReasonOf(status: IntroductionStatus, index: number): IntroductionEndReason | null {
  if (status === 'DECLINED') return 'DECLINED_BY_JOB_SEEKER';
  if (status === 'REJECTED') return 'DECLINED_BY_EMPLOYER';
  if (status === 'WITHDRAWN') return WITHDRAWN_REASONS[index % WITHDRAWN_REASONS.length]!;
  return null;
}

/** How many introductions go to the featured vacancies. */
const FEATURED_INTRODUCTIONS = 8;

/** Status changes about consent are the consultant's; the rest the account manager's. */
const CONSULTANT_STEPS: ReadonlySet<IntroductionStatus> = new Set([
  'CONSENT_REQUESTED',
  'CONSENTED',
  'DECLINED',
]);

export interface PipelineActors {
  readonly accountManagerId: string;
  readonly consultantId: string;
}

export interface IntroductionBatch {
  readonly introductions: IntroductionRow[];
  readonly changes: IntroductionStatusChangeRow[];
  /** Introductions that ended in PLACED, for the placements. */
  readonly placed: {
    introduction: IntroductionRow;
    vacancy: DemoVacancy;
    jobSeeker: JobSeekerRow;
    placedOn: IsoDate;
  }[];
}

function eligibleFor(vacancy: DemoVacancy, jobSeeker: JobSeekerRow): boolean {
  return isEligibleForVacancyKind(vacancy.row.kind, {
    inDoelgroepregister: jobSeeker.doelgroepregister,
    hasIndicatieBeschutWerk: jobSeeker.indicatieBeschutWerk,
  });
}

/**
 * Up to `count` introductions of job-seekers who gave consent to vacancies past DRAFT, each person
 * eligible for the vacancy's kind and where possible interested in its sector, with the history
 * of status changes that led to the current status.
 */
export function generateIntroductions(options: {
  region: DemoRegion;
  count: number;
  vacancies: readonly DemoVacancy[];
  jobSeekers: readonly JobSeekerRow[];
  actors: PipelineActors;
  /** Vacancies the first introductions go to, e.g. the demo employer's, so its login sees some. */
  featuredVacancies?: readonly DemoVacancy[];
}): IntroductionBatch {
  const { region, actors } = options;
  const batch: IntroductionBatch = { introductions: [], changes: [], placed: [] };
  const open = (vacancy: DemoVacancy) => vacancy.row.status !== 'DRAFT';
  const vacancies = options.vacancies.filter(open);
  const featured = (options.featuredVacancies ?? []).filter(open);
  const withConsent = options.jobSeekers.filter(
    (jobSeeker) => jobSeeker.consentStatus === 'GRANTED',
  );
  if (vacancies.length === 0 || withConsent.length === 0) return batch;
  const pairs = new Set<string>();

  for (let index = 0; index < options.count; index++) {
    const rng = Random.of(region.code, 'introduction', index);
    const vacancy = rng.pick(
      index < FEATURED_INTRODUCTIONS && featured.length > 0 ? featured : vacancies,
    );
    let jobSeeker: JobSeekerRow | null = null;
    for (let attempt = 0; attempt < 40 && !jobSeeker; attempt++) {
      const candidate = rng.pick(withConsent);
      // Prefer people who like the vacancy's sector; settle for anyone eligible after 20 tries.
      const interested =
        attempt >= 20 ||
        (vacancy.row.sector !== null && candidate.sectorPreferences.includes(vacancy.row.sector));
      if (
        interested &&
        eligibleFor(vacancy, candidate) &&
        !pairs.has(`${vacancy.row.id}:${candidate.id}`)
      )
        jobSeeker = candidate;
    }
    if (!jobSeeker) continue;
    pairs.add(`${vacancy.row.id}:${jobSeeker.id}`);

    const statuses = introductionHistory(rng, rng.weighted(FINAL_STATUS_WEIGHTS));
    const gaps = statuses.map((_, step) => (step === 0 ? 0 : rng.int(2, 21)));
    const span = gaps.reduce((sum, gap) => sum + gap, 0);
    const startedOn = addDays(REFERENCE_DATE, -(span + rng.int(1, 360)));
    const id = stableUuid('introduction', region.code, index);
    let day = startedOn;
    const changedAt = gaps.map((gap) => {
      day = addDays(day, gap);
      return duringOfficeHours(rng, day);
    });
    statuses.forEach((status, step) => {
      batch.changes.push({
        id: stableUuid('introduction-status-change', id, step),
        introductionId: id,
        fromStatus: step === 0 ? null : statuses[step - 1],
        toStatus: status,
        changedById: CONSULTANT_STEPS.has(status) ? actors.consultantId : actors.accountManagerId,
        note: NOTES[status],
        endReason: step === statuses.length - 1 ? endReasonOf(status, index) : null,
        changedAt: changedAt[step],
      });
    });
    const final = statuses[statuses.length - 1];
    const consentStep = statuses.indexOf('CONSENTED');
    const consentGivenOn =
      consentStep < 0 ? null : changedAt[consentStep]!.toISOString().slice(0, 10);
    const introduction: IntroductionRow = {
      id,
      vacancyId: vacancy.row.id,
      jobSeekerId: jobSeeker.id,
      status: final,
      matchScore: rng.int(45, 95),
      createdById: actors.accountManagerId,
      endReason: endReasonOf(final, index),
      consentGivenOn,
      consentMethod: consentGivenOn ? CONSENT_METHODS[index % CONSENT_METHODS.length]! : null,
      // Every third consent for a year, once used; the rest (and those still to use) until withdrawn.
      consentExpiresOn:
        consentGivenOn && final !== 'CONSENTED' && index % 3 === 0
          ? addMonths(consentGivenOn, 12)
          : null,
      createdAt: changedAt[0],
      updatedAt: changedAt[changedAt.length - 1],
    };
    batch.introductions.push(introduction);
    if (final === 'PLACED') batch.placed.push({ introduction, vacancy, jobSeeker, placedOn: day });
  }
  return batch;
}

/** The placements the banenafspraak results start from: the first of January 2024. */
const PLACEMENTS_FROM: IsoDate = '2024-01-01';

function instrumentsFor(rng: Random, jobSeeker: JobSeekerRow): PlacementInstrument[] {
  const chosen = new Set<PlacementInstrument>();
  if (jobSeeker.doelgroepregister) {
    if (rng.chance(0.65)) chosen.add('LOONKOSTENSUBSIDIE');
    if (rng.chance(0.6)) chosen.add('NO_RISK_POLIS');
    if (rng.chance(0.4)) chosen.add('JOBCOACH');
    if (rng.chance(0.08)) chosen.add('WERKPLEKAANPASSING');
  } else if (rng.chance(0.2)) {
    chosen.add('JOBCOACH');
  }
  // PROEFPLAATSING and BEHOUD_VAN_UITKERING follow from the arrangement (withPlacementTerms).
  return PLACEMENT_INSTRUMENTS.filter((instrument) => chosen.has(instrument));
}

/** Weekly hours (8-36, halves allowed) that fit the person and the vacancy. */
function placementHours(rng: Random, jobSeeker: JobSeekerRow, vacancy: DemoVacancy): number {
  const upper = Math.min(36, Math.max(8, Math.min(jobSeeker.hoursAvailable, vacancy.row.hoursMax)));
  const lower = Math.min(upper, Math.max(8, vacancy.row.hoursMin));
  return rng.int(lower * 2, upper * 2) / 2;
}

/** After a trial placement the employer offers a contract; otherwise the vacancy's contract type. */
function placementContract(rng: Random, vacancy: DemoVacancy): ContractType {
  if (vacancy.row.contractType === 'TRIAL_PLACEMENT')
    return rng.chance(0.7) ? 'FIXED_TERM' : 'PERMANENT';
  return vacancy.row.contractType;
}

/** A quarter of the placements has ended: after 3 to 18 months, and not after the reference date. */
function endDateOf(rng: Random, startDate: IsoDate): IsoDate | null {
  if (!rng.chance(0.25)) return null;
  const endDate = addDays(startDate, rng.int(90, 540));
  return endDate <= REFERENCE_DATE ? endDate : null;
}

/**
 * Every PLACED introduction, topped up until about `count` placements are of doelgroepregister
 * people (what the banenafspraak counts): on garantiebanen and regular vacancies, starting
 * between 2024 and the reference date. Nobody is placed twice.
 */
export function generatePlacements(options: {
  region: DemoRegion;
  count: number;
  placed: IntroductionBatch['placed'];
  vacancies: readonly DemoVacancy[];
  jobSeekers: readonly JobSeekerRow[];
  /** Vacancies that must have a running placement among them (on a FILLED one), e.g. the demo employer's. */
  featuredVacancies?: readonly DemoVacancy[];
}): PlacementRow[] {
  const { region } = options;
  const placements: PlacementRow[] = [];
  const placedPeople = new Set<string>();
  const add = (
    rng: Random,
    jobSeeker: JobSeekerRow,
    vacancy: DemoVacancy,
    startDate: IsoDate,
    introductionId: string | null,
  ) => {
    const createdAt = duringOfficeHours(rng, startDate);
    placedPeople.add(jobSeeker.id);
    placements.push({
      id: stableUuid('placement', region.code, placements.length),
      jobSeekerId: jobSeeker.id,
      employerId: vacancy.employer.row.id,
      vacancyId: vacancy.row.id,
      introductionId,
      contractType: placementContract(rng, vacancy),
      hoursPerWeek: placementHours(rng, jobSeeker, vacancy),
      startDate,
      endDate: endDateOf(rng, startDate),
      instruments: instrumentsFor(rng, jobSeeker),
      createdAt,
      updatedAt: createdAt,
    });
  };

  for (const [index, { introduction, vacancy, jobSeeker, placedOn }] of options.placed.entries()) {
    if (placedPeople.has(jobSeeker.id)) continue;
    add(
      Random.of(region.code, 'placement-of-introduction', index),
      jobSeeker,
      vacancy,
      placedOn,
      introduction.id,
    );
  }

  const register = options.jobSeekers.filter((jobSeeker) => jobSeeker.doelgroepregister);
  const garantiebanen = options.vacancies.filter(
    (vacancy) => vacancy.row.kind === 'GARANTIEBAAN' && vacancy.row.status !== 'DRAFT',
  );
  const regular = options.vacancies.filter(
    (vacancy) => vacancy.row.kind === 'REGULAR' && vacancy.row.status !== 'DRAFT',
  );
  const span = daysBetween(PLACEMENTS_FROM, REFERENCE_DATE);
  const registered = new Set(register.map((jobSeeker) => jobSeeker.id));
  let counted = placements.filter((placement) => registered.has(placement.jobSeekerId)).length;
  for (let index = 0; counted < options.count && index < options.count * 3; index++) {
    const rng = Random.of(region.code, 'placement', index);
    const pool =
      garantiebanen.length > 0 && (regular.length === 0 || rng.chance(0.75))
        ? garantiebanen
        : regular;
    if (pool.length === 0 || register.length === 0) break;
    const jobSeeker = rng.pick(register);
    if (placedPeople.has(jobSeeker.id)) continue;
    add(rng, jobSeeker, rng.pick(pool), addDays(PLACEMENTS_FROM, rng.int(0, span - 1)), null);
    counted++;
  }

  // So the demo employer's login sees a placement: one started 3 to 8 weeks before the reference
  // date (running, its first aftercare moments due) when none of the above is theirs. On a FILLED
  // vacancy, so the open ones keep their places (and their suggested candidates).
  const featured = (options.featuredVacancies ?? []).filter(
    (vacancy) => vacancy.row.status === 'FILLED',
  );
  const featuredIds = new Set(featured.map((vacancy) => vacancy.row.id));
  if (
    featured.length > 0 &&
    !placements.some((placement) => featuredIds.has(placement.vacancyId ?? ''))
  ) {
    const rng = Random.of(region.code, 'featured-placement', 0);
    const vacancy = rng.pick(featured);
    const jobSeeker = options.jobSeekers.find(
      (candidate) => !placedPeople.has(candidate.id) && eligibleFor(vacancy, candidate),
    );
    // Within 90 days of the reference date, so it has not ended (see endDateOf).
    if (jobSeeker) add(rng, jobSeeker, vacancy, addDays(REFERENCE_DATE, -rng.int(21, 56)), null);
  }
  return placements;
}
