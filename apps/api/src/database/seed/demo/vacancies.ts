import {
  addDays,
  type CompetenceRequirement,
  type ContractType,
  type VacancyKind,
  type VacancyStatus,
  type WorkSector,
} from '@werkbrug/domain-rules';
import { findCompetence } from '@werkbrug/reference-data';
import { duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import type { DemoEmployer } from './employers.js';
import { Random, stableUuid } from './prng.js';
import type { DemoRegion } from './regions.js';
import type { VacancyCompetenceRow, VacancyRow } from './rows.js';
import { SECTOR_WEIGHTS, sectorProfile, type JobTemplate } from './sectors.js';

const KIND_WEIGHTS: readonly (readonly [VacancyKind, number])[] = [
  ['REGULAR', 45],
  ['GARANTIEBAAN', 20],
  ['SHELTERED', 5],
  ['WORK_LEARN', 12],
  ['TRIAL', 10],
  ['VOLUNTEER', 8],
];

const STATUS_WEIGHTS: readonly (readonly [VacancyStatus, number])[] = [
  ['OPEN', 70],
  ['DRAFT', 8],
  ['FILLED', 14],
  ['CLOSED', 8],
];

/** The demo employer's own vacancies, so the employer portal shows every kind and status. */
const DEMO_EMPLOYER_VACANCIES: readonly (readonly [VacancyKind, VacancyStatus])[] = [
  ['REGULAR', 'OPEN'],
  ['GARANTIEBAAN', 'OPEN'],
  ['GARANTIEBAAN', 'FILLED'],
  ['WORK_LEARN', 'OPEN'],
  ['TRIAL', 'DRAFT'],
  ['VOLUNTEER', 'CLOSED'],
];

/** Contract types that fit a kind: a trial placement is a trial placement, volunteering is unpaid. */
export const CONTRACT_TYPES_BY_KIND: Record<
  VacancyKind,
  readonly (readonly [ContractType, number])[]
> = {
  REGULAR: [
    ['PERMANENT', 3],
    ['FIXED_TERM', 5],
    ['TEMP_AGENCY', 2],
  ],
  GARANTIEBAAN: [
    ['FIXED_TERM', 5],
    ['PERMANENT', 2],
    ['TEMP_AGENCY', 1],
    ['SECONDMENT', 2],
  ],
  SHELTERED: [
    ['FIXED_TERM', 3],
    ['PERMANENT', 1],
  ],
  // A work-learn place is paid, or unpaid while the person keeps the benefit.
  WORK_LEARN: [
    ['FIXED_TERM', 3],
    ['UNPAID', 1],
  ],
  TRIAL: [['TRIAL_PLACEMENT', 1]],
  VOLUNTEER: [['UNPAID', 1]],
};

/** Contracts without a wage: a trial placement keeps the benefit, unpaid work is unpaid. */
export const UNPAID_CONTRACT_TYPES: readonly ContractType[] = ['TRIAL_PLACEMENT', 'UNPAID'];

/**
 * Minimum levels a kind asks of the core skills: lower where the work is built around support
 * (a garantiebaan, a sheltered place) or is meant to teach the trade (a work-learn place).
 */
const LEVELS_BY_KIND: Record<VacancyKind, readonly [number, number]> = {
  REGULAR: [2, 4],
  GARANTIEBAAN: [1, 3],
  SHELTERED: [1, 2],
  WORK_LEARN: [1, 2],
  TRIAL: [2, 3],
  VOLUNTEER: [1, 2],
};

/**
 * How often a kind asks the job's core skill as a must. A garantiebaan is often carved out of
 * simple tasks that are learnt on the job; a sheltered place adapts the work to the person, a
 * work-learn place teaches it and volunteering asks no experience: there it is only wished.
 */
const CORE_SKILL_REQUIRED_SHARE: Record<VacancyKind, number> = {
  REGULAR: 1,
  TRIAL: 0.8,
  GARANTIEBAAN: 0.5,
  SHELTERED: 0,
  WORK_LEARN: 0,
  VOLUNTEER: 0,
};

/** How often a regular job also insists on its second skill. */
const SECOND_SKILL_REQUIRED_SHARE = 0.3;
/** How often a job with certificates asks one: required (the main one) for regular work. */
const CERTIFICATE_ASKED_SHARE = 0.5;

const TITLE_SUFFIX: Record<VacancyKind, string> = {
  REGULAR: '',
  GARANTIEBAAN: ' (garantiebaan)',
  SHELTERED: ' (beschut werk)',
  WORK_LEARN: ' (werkleerplek)',
  TRIAL: ' (proefplaatsing)',
  VOLUNTEER: ' (vrijwilligerswerk)',
};

const KIND_SENTENCES: Record<VacancyKind, string> = {
  REGULAR: 'Een gewone baan met een contract bij ons.',
  GARANTIEBAAN:
    'Deze baan telt mee voor de banenafspraak en is voor inwoners uit het doelgroepregister.',
  SHELTERED:
    'Een beschutte werkplek met vaste begeleiding op de werkvloer, voor inwoners met een indicatie beschut werk.',
  WORK_LEARN:
    'Je leert het vak in de praktijk, met een werkbegeleider en een praktijkverklaring aan het eind.',
  TRIAL:
    'We beginnen met een proefplaatsing van hooguit twee maanden met behoud van uitkering; gaat het goed, dan volgt een contract van minstens zes maanden.',
  VOLUNTEER: 'Vrijwilligerswerk zonder loon, in je eigen tempo en met een vaste begeleider.',
};

const SUPPORT_SENTENCES = [
  'Een jobcoach is welkom op de werkvloer.',
  'Je krijgt een vaste werkbegeleider die je inwerkt.',
  'Je werkt in een klein, vast team.',
  'De werktijden stemmen we samen af.',
  'Je begint met een paar uur per week en bouwt dat rustig op.',
];

const WORK_ATTITUDE_ASKED = [
  'WA_PUNCTUALITY',
  'WA_RELIABILITY',
  'WA_MOTIVATION',
  'WA_FOLLOWING_INSTRUCTIONS',
  'WA_ATTENDANCE',
  'WA_WORK_PACE',
];

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describe(
  rng: Random,
  employer: DemoEmployer,
  city: string,
  job: JobTemplate,
  kind: VacancyKind,
  hours: string,
): string {
  const duties = job.skills
    .map((code) => lowerFirst(findCompetence(code)?.label ?? code))
    .join(', ');
  return [
    `${employer.row.name} in ${city} zoekt een ${lowerFirst(job.title)} voor ${hours} uur per week.`,
    `Je werkzaamheden: ${duties}.`,
    KIND_SENTENCES[kind],
    rng.pick(SUPPORT_SENTENCES),
  ].join(' ');
}

function hoursRange(rng: Random, kind: VacancyKind): [number, number] {
  if (kind === 'VOLUNTEER') {
    const min = rng.int(4, 8);
    return [min, min + rng.pick([0, 4, 8])];
  }
  const min = kind === 'SHELTERED' || kind === 'TRIAL' ? rng.int(12, 24) : rng.int(8, 32);
  return [min, Math.min(40, min + rng.pick([0, 4, 8, 12]))];
}

/**
 * 3-8 asked competences. REQUIRED is kept for what the job truly needs: its core skill (always for
 * regular work, often for trial placements and garantiebanen) and, for some regular jobs, the
 * second skill or the main certificate (valid, level 5). The other skills, the physical, social
 * and cognitive demands and the work attitude are WISHED: they rank candidates, rule out no one.
 */
export function askedCompetences(
  rng: Random,
  job: JobTemplate,
  kind: VacancyKind,
): Omit<VacancyCompetenceRow, 'vacancyId'>[] {
  const [minLevel, maxLevel] = LEVELS_BY_KIND[kind];
  const level = () => rng.int(minLevel, maxLevel);
  const asked: Omit<VacancyCompetenceRow, 'vacancyId'>[] = [];
  const add = (competenceCode: string, requirement: CompetenceRequirement, minimum: number) => {
    if (asked.length >= 8 || asked.some((row) => row.competenceCode === competenceCode)) return;
    const weight = requirement === 'REQUIRED' ? rng.int(3, 5) : rng.int(1, 3);
    asked.push({ competenceCode, requirement, minLevel: minimum, weight });
  };
  const regular = kind === 'REGULAR';
  const coreRequired = rng.chance(CORE_SKILL_REQUIRED_SHARE[kind]);
  job.skills.forEach((code, rank) => {
    const required =
      coreRequired &&
      (rank === 0 || (regular && rank === 1 && rng.chance(SECOND_SKILL_REQUIRED_SHARE)));
    add(code, required ? 'REQUIRED' : 'WISHED', level());
  });
  if (job.certificates.length > 0 && rng.chance(CERTIFICATE_ASKED_SHARE)) {
    if (regular) add(job.certificates[0], 'REQUIRED', 5);
    else add(rng.pick(job.certificates), 'WISHED', 3);
  }
  for (const code of rng.sample(job.demands, rng.int(1, job.demands.length)))
    add(code, 'WISHED', level());
  for (const code of rng.sample(WORK_ATTITUDE_ASKED, rng.int(1, 2))) add(code, 'WISHED', level());
  while (asked.length < 3) add(rng.pick(WORK_ATTITUDE_ASKED), 'WISHED', level());
  return asked;
}

interface Timeline {
  readonly createdDaysAgo: number;
  readonly startsOn: string | null;
  readonly closesOn: string | null;
}

/**
 * When a vacancy was posted, starts and closes, consistent with its status; a closing date never
 * lies before the start date (the vacancy rules refuse that).
 */
function timeline(rng: Random, status: VacancyStatus): Timeline {
  const ago = (days: number) => addDays(REFERENCE_DATE, -days);
  switch (status) {
    case 'OPEN': {
      const startsOn = rng.chance(0.8) ? addDays(REFERENCE_DATE, rng.int(7, 60)) : null;
      const closesOn = rng.chance(0.7) ? addDays(startsOn ?? REFERENCE_DATE, rng.int(7, 60)) : null;
      return { createdDaysAgo: rng.int(3, 120), startsOn, closesOn };
    }
    case 'DRAFT':
      return {
        createdDaysAgo: rng.int(0, 30),
        startsOn: rng.chance(0.5) ? addDays(REFERENCE_DATE, rng.int(30, 120)) : null,
        closesOn: null,
      };
    case 'FILLED': {
      const createdDaysAgo = rng.int(60, 500);
      const startsOn = ago(createdDaysAgo - rng.int(20, 40));
      return { createdDaysAgo, startsOn, closesOn: addDays(startsOn, rng.int(0, 5)) };
    }
    case 'CLOSED': {
      const createdDaysAgo = rng.int(90, 600);
      return { createdDaysAgo, startsOn: null, closesOn: ago(createdDaysAgo - rng.int(14, 60)) };
    }
  }
}

/** A vacancy with the sector it was generated for (also on the row) and its employer. */
export interface DemoVacancy {
  readonly row: VacancyRow;
  readonly employer: DemoEmployer;
}

export interface VacancyBatch {
  readonly vacancies: DemoVacancy[];
  readonly competences: VacancyCompetenceRow[];
}

function generateVacancy(
  region: DemoRegion,
  index: number,
  employers: readonly DemoEmployer[],
  withDemoEmployer: boolean,
) {
  const rng = Random.of(region.code, 'vacancy', index);
  const fixed = withDemoEmployer ? DEMO_EMPLOYER_VACANCIES[index] : undefined;
  const employer = fixed ? employers[0] : rng.pick(employers);
  const kind = fixed ? fixed[0] : rng.weighted(KIND_WEIGHTS);
  const status = fixed ? fixed[1] : rng.weighted(STATUS_WEIGHTS);
  const sector: WorkSector = rng.chance(0.85) ? employer.workSector : rng.weighted(SECTOR_WEIGHTS);
  const job = rng.pick(sectorProfile(sector).jobs);
  const place = rng.pick(employer.locations);
  const [hoursMin, hoursMax] = hoursRange(rng, kind);
  const contractType = rng.weighted(CONTRACT_TYPES_BY_KIND[kind]);
  const paid = !UNPAID_CONTRACT_TYPES.includes(contractType);
  const wageMinCents = paid ? sectorProfile(sector).entryWageCents + rng.int(0, 12) * 10 : null;
  const wageMaxCents = wageMinCents === null ? null : wageMinCents + rng.int(0, 30) * 10;
  const when = timeline(rng, status);
  const createdAt = duringOfficeHours(rng, addDays(REFERENCE_DATE, -when.createdDaysAgo));
  const id = stableUuid('vacancy', region.code, index);
  const row: VacancyRow = {
    id,
    employerId: employer.row.id,
    locationId: place.id,
    title: job.title + TITLE_SUFFIX[kind],
    description: describe(
      rng,
      employer,
      place.city,
      job,
      kind,
      hoursMin === hoursMax ? `${hoursMin}` : `${hoursMin} tot ${hoursMax}`,
    ),
    kind,
    status,
    sector,
    hoursMin,
    hoursMax,
    openings: rng.weighted([
      [1, 60],
      [2, 20],
      [3, 10],
      [4, 5],
      [5, 5],
    ] as const),
    contractType,
    wageMinCents,
    wageMaxCents,
    startsOn: when.startsOn,
    closesOn: when.closesOn,
    createdAt,
    updatedAt: createdAt,
  };
  const competences = askedCompetences(rng, job, kind).map((asked) => ({
    vacancyId: id,
    ...asked,
  }));
  return { vacancy: { row, employer }, competences };
}

/** The vacancies of a region, spread over its employers; the demo employer gets one of every kind. */
export function generateVacancies(options: {
  region: DemoRegion;
  count: number;
  employers: readonly DemoEmployer[];
  withDemoEmployer: boolean;
}): VacancyBatch {
  const vacancies: DemoVacancy[] = [];
  const competences: VacancyCompetenceRow[] = [];
  if (options.employers.length === 0) return { vacancies, competences };
  for (let index = 0; index < options.count; index++) {
    const generated = generateVacancy(
      options.region,
      index,
      options.employers,
      options.withDemoEmployer,
    );
    vacancies.push(generated.vacancy);
    competences.push(...generated.competences);
  }
  return { vacancies, competences };
}
