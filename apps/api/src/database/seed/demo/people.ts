import {
  addDays,
  addMonths,
  EARNING_CAPACITY_BAND_RANGES,
  isValidBsn,
  TRANSPORT_MODES,
  type ConsentStatus,
  type EarningCapacityBand,
  type IsoDate,
  type TransportMode,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { daysAgo, duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import { consentDetails } from './consent-crm.js';
import { emailLocalPart, fictitiousPhoneNumber, randomPersonName } from './names.js';
import { Random, stableUuid } from './prng.js';
import { randomAddress, type DemoRegion } from './regions.js';
import type { JobSeekerCompetenceRow, JobSeekerRow } from './rows.js';
import { SECTOR_WEIGHTS, sectorProfile, WORK_LIMITATIONS } from './sectors.js';

/** Share of job-seekers per earning-capacity band. */
const BAND_WEIGHTS: readonly (readonly [EarningCapacityBand, number])[] = [
  ['SOCIAL_PARTICIPATION', 20],
  ['SHELTERED_WORK', 15],
  ['SUPPORTED_REGULAR_WORK', 35],
  ['INDEPENDENT', 30],
];

/**
 * The participation-ladder steps that fit a band, with how common each is. Someone who can
 * earn little is mostly on steps 1-3; someone who can earn (nearly) the minimum wage on 4-6.
 */
export const PARTICIPATION_STEPS_BY_BAND: Record<
  EarningCapacityBand,
  readonly (readonly [number, number])[]
> = {
  SOCIAL_PARTICIPATION: [
    [1, 2],
    [2, 4],
    [3, 4],
    [4, 1],
  ],
  SHELTERED_WORK: [
    [3, 3],
    [4, 4],
    [5, 3],
  ],
  SUPPORTED_REGULAR_WORK: [
    [3, 2],
    [4, 4],
    [5, 4],
  ],
  INDEPENDENT: [
    [4, 4],
    [5, 2],
    [6, 4],
  ],
};

/** Westerveld client profile (1 = paid work within 4 months … 4 = exempted) per band. */
const CLIENT_PROFILES_BY_BAND: Record<EarningCapacityBand, readonly (readonly [number, number])[]> =
  {
    SOCIAL_PARTICIPATION: [
      [3, 1],
      [4, 3],
    ],
    SHELTERED_WORK: [
      [2, 1],
      [3, 3],
      [4, 1],
    ],
    SUPPORTED_REGULAR_WORK: [
      [1, 1],
      [2, 3],
      [3, 2],
    ],
    INDEPENDENT: [
      [1, 3],
      [2, 1],
    ],
  };

/** Hilversum perspective group (1 = can work now, 2 = within two years, 3 = not now) per band. */
const PERSPECTIVE_GROUPS_BY_BAND: Record<
  EarningCapacityBand,
  readonly (readonly [number, number])[]
> = {
  SOCIAL_PARTICIPATION: [
    [2, 1],
    [3, 4],
  ],
  SHELTERED_WORK: [
    [1, 1],
    [2, 3],
    [3, 1],
  ],
  SUPPORTED_REGULAR_WORK: [
    [1, 2],
    [2, 2],
  ],
  INDEPENDENT: [
    [1, 5],
    [2, 1],
  ],
};

const HOURS_BY_BAND: Record<EarningCapacityBand, readonly [number, number]> = {
  SOCIAL_PARTICIPATION: [4, 16],
  SHELTERED_WORK: [8, 28],
  SUPPORTED_REGULAR_WORK: [12, 36],
  INDEPENDENT: [16, 40],
};

/** Typical competence level (1-5) in a band; individual scores vary around it. */
const MEAN_LEVEL_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 1.8,
  SHELTERED_WORK: 2.5,
  SUPPORTED_REGULAR_WORK: 3.1,
  INDEPENDENT: 3.8,
};

const COMPETENCE_COUNT_BY_BAND: Record<EarningCapacityBand, readonly [number, number]> = {
  SOCIAL_PARTICIPATION: [3, 7],
  SHELTERED_WORK: [5, 9],
  SUPPORTED_REGULAR_WORK: [6, 11],
  INDEPENDENT: [7, 12],
};

const DOELGROEPREGISTER_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 0.08,
  SHELTERED_WORK: 0.3,
  SUPPORTED_REGULAR_WORK: 0.42,
  INDEPENDENT: 0.04,
};

const BESCHUT_WERK_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 0.04,
  SHELTERED_WORK: 0.28,
  SUPPORTED_REGULAR_WORK: 0.01,
  INDEPENDENT: 0,
};

const WORK_LIMITATIONS_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 0.35,
  SHELTERED_WORK: 0.35,
  SUPPORTED_REGULAR_WORK: 0.2,
  INDEPENDENT: 0.07,
};

const DRIVING_LICENCE_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 0.15,
  SHELTERED_WORK: 0.25,
  SUPPORTED_REGULAR_WORK: 0.45,
  INDEPENDENT: 0.6,
};

/** Age groups (in years) of job-seekers; the first is the jongeren (< 27). */
const AGE_GROUPS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 26], 22],
  [[27, 39], 30],
  [[40, 54], 30],
  [[55, 66], 18],
];

const CONSENT_WEIGHTS: readonly (readonly [ConsentStatus, number])[] = [
  ['GRANTED', 82],
  ['NOT_ASKED', 13],
  ['WITHDRAWN', 5],
];

const CORE_WORK_ATTITUDE = [
  'WA_PUNCTUALITY',
  'WA_ATTENDANCE',
  'WA_MOTIVATION',
  'WA_FOLLOWING_INSTRUCTIONS',
  'WA_RELIABILITY',
];
const OTHER_WORK_ATTITUDE = [
  'WA_PERSEVERANCE',
  'WA_ACCURACY',
  'WA_WORK_PACE',
  'WA_ACCEPTING_AUTHORITY',
  'WA_INDEPENDENCE',
  'WA_FLEXIBILITY',
  'WA_SAFETY_AWARENESS',
  'WA_HYGIENE_APPEARANCE',
  'WA_WORK_PRESSURE',
  'WA_WILLINGNESS_TO_LEARN',
];
const SOCIAL = [
  'SOC_COLLABORATION',
  'SOC_COMMUNICATION',
  'SOC_CUSTOMER_CONTACT',
  'SOC_ASKING_FOR_HELP',
  'SOC_FEEDBACK',
  'SOC_WORKPLACE_MANNERS',
];
const PHYSICAL = [
  'PHY_STANDING',
  'PHY_WALKING',
  'PHY_LIFTING',
  'PHY_BENDING_REACHING',
  'PHY_FINE_MOTOR',
  'PHY_REPETITIVE_WORK',
  'PHY_STAMINA',
  'PHY_OUTDOOR_WORK',
];
const COGNITIVE = [
  'CL_NUMERACY',
  'CL_DIGITAL_SKILLS',
  'CL_PLANNING',
  'CL_CONCENTRATION',
  'CL_REMEMBERING_INSTRUCTIONS',
  'CL_DUTCH_READING',
];

/** Demo BSNs all start with 999, so they are easy to recognise as synthetic. */
const BSN_PREFIX = '999';

/**
 * A BSN that passes the elfproef and is not in `used` (which it is added to), or null when none
 * was found in a bounded number of tries (only when the ~90,000 valid numbers of the 999 range
 * are nearly used up). Eight digits come from the generator; the ninth is the one the elfproef
 * allows (9×d1 + 8×d2 + … + 2×d8 − d9 divisible by 11), when that is a single digit.
 */
export function randomBsn(rng: Random, used: Set<string>): string | null {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const digits = BSN_PREFIX + rng.digits(8 - BSN_PREFIX.length);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
    const candidate = digits + String(sum % 11);
    if (isValidBsn(candidate) && !used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  return null;
}

/** An earning capacity in the band, e.g. 30-49 for SHELTERED_WORK (100 belongs to INDEPENDENT). */
function earningCapacityIn(rng: Random, band: EarningCapacityBand): number {
  const { from, to } = EARNING_CAPACITY_BAND_RANGES[band];
  return rng.int(from, band === 'INDEPENDENT' ? to : to - 1);
}

function birthDateAtAge(rng: Random, age: number): IsoDate {
  return addDays(addMonths(REFERENCE_DATE, -12 * age), -rng.int(1, 364));
}

/** Weekly hours in the band's range, mostly whole hours, sometimes a half. */
function hoursAvailable(rng: Random, band: EarningCapacityBand): number {
  const [min, max] = HOURS_BY_BAND[band];
  const halves = rng.int(min * 2, max * 2);
  return rng.chance(0.85) ? Math.round(halves / 2) : halves / 2;
}

const KM_PER_MINUTE: Record<TransportMode, number> = {
  WALK: 0.08,
  BICYCLE: 0.25,
  MOPED: 0.45,
  PUBLIC_TRANSPORT: 0.45,
  CAR: 0.8,
};

const MINUTES_BY_MODE: Record<TransportMode, readonly [number, number]> = {
  WALK: [10, 20],
  BICYCLE: [15, 40],
  MOPED: [15, 40],
  PUBLIC_TRANSPORT: [20, 75],
  CAR: [20, 60],
};

function travel(rng: Random, band: EarningCapacityBand, hasDrivingLicence: boolean) {
  const modes = new Set<TransportMode>();
  if (rng.chance(0.75)) modes.add('BICYCLE');
  if (rng.chance(0.6)) modes.add('PUBLIC_TRANSPORT');
  if (rng.chance(0.35)) modes.add('WALK');
  if (hasDrivingLicence && rng.chance(0.8)) modes.add('CAR');
  if (rng.chance(0.07)) modes.add('MOPED');
  if (modes.size === 0) modes.add('PUBLIC_TRANSPORT');
  const transportModes = TRANSPORT_MODES.filter((mode) => modes.has(mode));
  const cap = band === 'SOCIAL_PARTICIPATION' ? 45 : 90;
  let maxTravelMinutes = 0;
  let maxTravelKm = 0;
  for (const mode of transportModes) {
    const [min, max] = MINUTES_BY_MODE[mode];
    const minutes = Math.min(cap, Math.round(rng.int(min, max) / 5) * 5);
    maxTravelMinutes = Math.max(maxTravelMinutes, minutes);
    maxTravelKm = Math.max(maxTravelKm, Math.max(1, Math.round(minutes * KM_PER_MINUTE[mode])));
  }
  return { transportModes, maxTravelMinutes, maxTravelKm };
}

function sectorPreferences(rng: Random, band: EarningCapacityBand): WorkSector[] {
  const count = rng.weighted([
    [1, 4],
    [2, 4],
    [3, 2],
  ] as const);
  const preferences = new Set<WorkSector>();
  // People who can earn (nearly) the minimum wage more often look at office and ICT work.
  const weights = SECTOR_WEIGHTS.map(
    ([sector, weight]) =>
      [
        sector,
        band === 'INDEPENDENT' && (sector === 'ADMIN' || sector === 'ICT' || sector === 'CARE')
          ? weight * 2
          : weight,
      ] as const,
  );
  while (preferences.size < count) preferences.add(rng.weighted(weights));
  return [...preferences];
}

function levelAround(rng: Random, mean: number): number {
  const noise = (rng.next() + rng.next() - 1) * 1.6;
  return Math.max(1, Math.min(5, Math.round(mean + noise)));
}

interface CompetenceFacts {
  readonly band: EarningCapacityBand;
  readonly statushouder: boolean;
  readonly hasDrivingLicence: boolean;
  readonly hasWorkLimitations: boolean;
  readonly preferences: readonly WorkSector[];
}

/**
 * How likely someone has done (or trained for) work in their first, second and third preferred
 * sector: a preference mostly comes from experience, the later ones less often.
 */
const EXPERIENCE_BY_PREFERENCE_RANK: readonly number[] = [0.95, 0.8, 0.55];

/** How many of a sector's jobs someone with experience there has done. */
const JOBS_DONE_PER_SECTOR: readonly (readonly [number, number])[] = [
  [1, 1],
  [2, 3],
  [3, 3],
  [4, 2],
];

/** Someone who can earn little more often has no work experience at all yet. */
const NO_EXPERIENCE_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 0.4,
  SHELTERED_WORK: 0.12,
  SUPPORTED_REGULAR_WORK: 0.05,
  INDEPENDENT: 0.03,
};

/** Chance of holding the main certificate of a job one has done (the driving licence aside). */
const CERTIFICATE_BY_BAND: Record<EarningCapacityBand, number> = {
  SOCIAL_PARTICIPATION: 0.15,
  SHELTERED_WORK: 0.3,
  SUPPORTED_REGULAR_WORK: 0.5,
  INDEPENDENT: 0.6,
};

/** Certificate levels: 5 valid, 4 expired, 3 in training. */
const CERTIFICATE_LEVELS: readonly (readonly [number, number])[] = [
  [5, 7],
  [4, 1],
  [3, 2],
];

/**
 * The vocational skills of 1-4 jobs of a sector the person has done, most telling first: the
 * job's core skill at about the band's level, often its second skill a little lower, and sometimes
 * its main certificate.
 */
function jobExperience(
  rng: Random,
  sector: WorkSector,
  facts: CompetenceFacts,
  add: (code: string, level: number) => void,
): void {
  const mean = MEAN_LEVEL_BY_BAND[facts.band];
  for (const job of rng.sample(sectorProfile(sector).jobs, rng.weighted(JOBS_DONE_PER_SECTOR))) {
    add(job.skills[0], levelAround(rng, mean));
    if (job.skills.length > 1 && rng.chance(0.5)) add(job.skills[1], levelAround(rng, mean - 0.5));
    // The driving licence follows hasDrivingLicence, never a job.
    const certificate = job.certificates.find((code) => code !== 'CERT_DRIVING_B');
    if (certificate && rng.chance(CERTIFICATE_BY_BAND[facts.band]))
      add(certificate, rng.weighted(CERTIFICATE_LEVELS));
  }
}

/**
 * 3-12 competences: work attitude for nearly everyone, the skills of jobs done in the sectors the
 * person prefers (so a preference for a sector mostly comes with its core skills), a driving
 * licence when they have one, Dutch for newcomers, then social, physical and cognitive ones.
 * Returns [code, level] pairs, most telling first; the band's count cuts off the least telling.
 */
export function profileCompetences(rng: Random, facts: CompetenceFacts): [string, number][] {
  const mean = MEAN_LEVEL_BY_BAND[facts.band];
  const picks: [string, number][] = [];
  const add = (code: string, level: number) => {
    if (!picks.some(([picked]) => picked === code)) picks.push([code, level]);
  };

  for (const code of rng.sample(CORE_WORK_ATTITUDE, 2)) add(code, levelAround(rng, mean + 0.3));
  if (facts.hasDrivingLicence) add('CERT_DRIVING_B', 5);
  if (!rng.chance(NO_EXPERIENCE_BY_BAND[facts.band])) {
    facts.preferences.forEach((sector, rank) => {
      if (rng.chance(EXPERIENCE_BY_PREFERENCE_RANK[rank] ?? 0))
        jobExperience(rng, sector, facts, add);
    });
  }
  if (facts.statushouder) {
    add('CL_DUTCH_SPEAKING', rng.int(1, 3));
    add('CERT_CIVIC_INTEGRATION', rng.chance(0.5) ? 5 : 3);
  }
  if (rng.chance(0.85)) add(rng.pick(SOCIAL), levelAround(rng, mean));
  for (const code of rng.sample(PHYSICAL, rng.int(0, 2))) {
    add(code, levelAround(rng, facts.hasWorkLimitations ? mean - 1 : mean));
  }
  for (const code of rng.sample(COGNITIVE, rng.int(0, 2))) add(code, levelAround(rng, mean));
  add(rng.pick(OTHER_WORK_ATTITUDE), levelAround(rng, mean));
  add(rng.pick(SOCIAL), levelAround(rng, mean));
  add(rng.pick(OTHER_WORK_ATTITUDE), levelAround(rng, mean));

  const [min, max] = COMPETENCE_COUNT_BY_BAND[facts.band];
  return picks.slice(0, Math.max(min, Math.min(max, rng.int(min, max))));
}

/** Confirmed within the last four months: the matching engine takes these people. */
export const RECENT_CONFIRMATION_DAYS = 120;
/** Stale on purpose: older than the engine's 180 days, for the consultants' follow-up list. */
export const STALE_CONFIRMATION_DAYS = 200;

/**
 * When the person last confirmed their availability: most within RECENT_CONFIRMATION_DAYS of the
 * reference date, about one in ten at least STALE_CONFIRMATION_DAYS before it (when registered
 * that long), a few never.
 */
function availabilityConfirmation(rng: Random, registeredDaysAgo: number): IsoDate | null {
  const confirmation = rng.next();
  if (confirmation >= 0.94) return null;
  if (confirmation >= 0.82 && registeredDaysAgo >= STALE_CONFIRMATION_DAYS)
    return daysAgo(rng, STALE_CONFIRMATION_DAYS, registeredDaysAgo);
  return daysAgo(rng, 0, Math.min(RECENT_CONFIRMATION_DAYS, registeredDaysAgo));
}

export interface JobSeekerBatch {
  readonly jobSeekers: JobSeekerRow[];
  readonly competences: JobSeekerCompetenceRow[];
}

/** Job-seeker `index` of a region: the same person on every run. */
function generateJobSeeker(
  region: DemoRegion,
  index: number,
  consultantId: string,
  usedBsns: Set<string>,
): {
  row: JobSeekerRow;
  competences: [string, number][];
  assessedOn: IsoDate;
} {
  const rng = Random.of(region.code, 'job-seeker', index);
  const id = stableUuid('job-seeker', region.code, index);
  const band = rng.weighted(BAND_WEIGHTS);
  const earningCapacityPercent = earningCapacityIn(rng, band);
  const [minAge, maxAge] = rng.weighted(AGE_GROUPS);
  const age = rng.int(minAge, maxAge);
  const birthDate = birthDateAtAge(rng, age);
  const statushouder = rng.chance(0.08);
  const wswOud =
    age >= 40 &&
    (band === 'SHELTERED_WORK' || band === 'SUPPORTED_REGULAR_WORK') &&
    rng.chance(0.04);
  const indicatieBeschutWerk = rng.chance(BESCHUT_WERK_BY_BAND[band]);
  // An indicatie beschut werk or a former Wsw indication puts someone in the register.
  const doelgroepregister =
    indicatieBeschutWerk || wswOud || rng.chance(DOELGROEPREGISTER_BY_BAND[band]);
  const participationStep = rng.weighted(PARTICIPATION_STEPS_BY_BAND[band]);
  const usesGroups = region.perspectiveScale === 'PERSPECTIVE_GROUP';
  const perspectiveGroup =
    usesGroups || rng.chance(0.1) ? rng.weighted(PERSPECTIVE_GROUPS_BY_BAND[band]) : null;
  const clientProfile =
    !usesGroups || rng.chance(0.25) ? rng.weighted(CLIENT_PROFILES_BY_BAND[band]) : null;
  const measured =
    (band === 'SHELTERED_WORK' || band === 'SUPPORTED_REGULAR_WORK') &&
    rng.chance(doelgroepregister ? 0.55 : 0.25);
  const loonwaardePercent = measured
    ? Math.max(5, Math.min(100, earningCapacityPercent + rng.int(-8, 8)))
    : null;
  const hasDrivingLicence = rng.chance(DRIVING_LICENCE_BY_BAND[band] * (statushouder ? 0.3 : 1));
  const { transportModes, maxTravelMinutes, maxTravelKm } = travel(rng, band, hasDrivingLicence);
  const preferences = sectorPreferences(rng, band);
  const hasWorkLimitations = rng.chance(WORK_LIMITATIONS_BY_BAND[band]);

  const name = randomPersonName(rng, { newcomer: statushouder });
  const homeAreas = rng.chance(0.3) ? region.hubPostcodeAreas : region.postcodeAreas;
  const address = randomAddress(rng, homeAreas);
  const bsn = rng.chance(0.7) ? randomBsn(rng, usedBsns) : null;

  const registeredDaysAgo = rng.int(20, 1100);
  const createdAt = duringOfficeHours(rng, addDays(REFERENCE_DATE, -registeredDaysAgo));
  const consentStatus = rng.weighted(CONSENT_WEIGHTS);
  const consentUpdatedAt =
    consentStatus === 'NOT_ASKED'
      ? null
      : duringOfficeHours(rng, daysAgo(rng, 0, registeredDaysAgo));
  const availabilityConfirmedAt = availabilityConfirmation(rng, registeredDaysAgo);
  const updatedAt = new Date(Math.max(createdAt.getTime(), consentUpdatedAt?.getTime() ?? 0));

  // Its own stream: changing how competences are drawn leaves everyone's other facts alone.
  const competences = profileCompetences(Random.of(region.code, 'job-seeker-competences', index), {
    band,
    statushouder,
    hasDrivingLicence,
    hasWorkLimitations,
    preferences,
  });
  const row: JobSeekerRow = {
    id,
    firstName: name.firstName,
    lastName: name.lastName,
    bsn,
    birthDate,
    email: rng.chance(0.85) ? `${emailLocalPart(name)}${rng.int(10, 99)}@example.org` : null,
    phone: rng.chance(0.9) ? fictitiousPhoneNumber(rng) : null,
    postcode: address.postcode,
    pc4: address.pc4,
    municipalityCode: address.municipalityCode,
    consultantId,
    earningCapacityPercent,
    loonwaardePercent,
    clientProfile,
    perspectiveGroup,
    participationStep,
    doelgroepregister,
    indicatieBeschutWerk,
    wswOud,
    statushouder,
    hoursAvailable: hoursAvailable(rng, band),
    maxTravelMinutes,
    maxTravelKm,
    transportModes,
    hasDrivingLicence,
    sectorPreferences: preferences,
    workLimitations: hasWorkLimitations ? rng.pick(WORK_LIMITATIONS) : null,
    consentStatus,
    consentUpdatedAt,
    ...consentDetails({ id, consentStatus, consentUpdatedAt, consultantId }),
    availabilityConfirmedAt,
    createdAt,
    updatedAt,
  };
  return { row, competences, assessedOn: daysAgo(rng, 0, registeredDaysAgo) };
}

/**
 * The job-seekers of a region, owned by its demo consultant. `usedBsns` is shared by all regions
 * so that every BSN is unique.
 */
export function generateJobSeekers(options: {
  region: DemoRegion;
  count: number;
  consultantId: string;
  usedBsns: Set<string>;
}): JobSeekerBatch {
  const jobSeekers: JobSeekerRow[] = [];
  const competences: JobSeekerCompetenceRow[] = [];
  for (let index = 0; index < options.count; index++) {
    const person = generateJobSeeker(options.region, index, options.consultantId, options.usedBsns);
    jobSeekers.push(person.row);
    for (const [competenceCode, level] of person.competences) {
      competences.push({
        jobSeekerId: person.row.id,
        competenceCode,
        level,
        assessedAt: person.assessedOn,
      });
    }
  }
  return { jobSeekers, competences };
}
