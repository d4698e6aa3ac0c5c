// The terms of a placement that have legal limits: a trial placement lasts at most 2 months, werken
// met behoud van uitkering at most 3 months with one extension of 3 (seed 001). Pure rules: the API
// checks them on input, the portals show them while the form is filled in.
import { addDays, addMonths, type IsoDate } from './dates.js';
import type { ContractType, PlacementArrangement, PlacementInstrument } from './enums.js';
import { PLACEMENT_INSTRUMENTS } from './enums.js';

/** How many days before its limit a time-limited placement starts warning. */
export const ARRANGEMENT_WARNING_DAYS = 14;
export const TRIAL_PLACEMENT_MAX_MONTHS = 2;
export const BEHOUD_VAN_UITKERING_MONTHS = 3;
export const BEHOUD_VAN_UITKERING_EXTENSION_MONTHS = 3;

export const MAX_HOURLY_WAGE = 200;
export const MAX_JOBCOACH_HOURS = { WEEK: 40, MONTH: 160 } as const;

/** Contract types that fit an arrangement: only a regular job is paid employment. */
export const CONTRACT_TYPES_BY_ARRANGEMENT: Record<PlacementArrangement, readonly ContractType[]> =
  {
    REGULAR: ['PERMANENT', 'FIXED_TERM', 'TEMP_AGENCY', 'SECONDMENT', 'UNPAID'],
    TRIAL_PLACEMENT: ['TRIAL_PLACEMENT'],
    BEHOUD_VAN_UITKERING: ['UNPAID'],
  };

/**
 * The instrument that an arrangement is, counted with the other instruments in the results. The
 * arrangement is the single source: these instruments are derived from it, never chosen.
 */
export const ARRANGEMENT_INSTRUMENTS: Record<PlacementArrangement, PlacementInstrument | null> = {
  REGULAR: null,
  TRIAL_PLACEMENT: 'PROEFPLAATSING',
  BEHOUD_VAN_UITKERING: 'BEHOUD_VAN_UITKERING',
};

const DERIVED_INSTRUMENTS = new Set<PlacementInstrument>(
  Object.values(ARRANGEMENT_INSTRUMENTS).filter(
    (instrument): instrument is PlacementInstrument => instrument !== null,
  ),
);

/** The instruments a consultant chooses; the others follow from the arrangement. */
export const CHOSEN_INSTRUMENTS: readonly PlacementInstrument[] = PLACEMENT_INSTRUMENTS.filter(
  (instrument) => !DERIVED_INSTRUMENTS.has(instrument),
);

export function isDerivedInstrument(instrument: PlacementInstrument): boolean {
  return DERIVED_INSTRUMENTS.has(instrument);
}

/**
 * The instruments to store: the chosen ones plus the one the arrangement is, in the order of
 * PLACEMENT_INSTRUMENTS; derived instruments that do not fit the arrangement are dropped.
 */
export function instrumentsOfArrangement(
  arrangement: PlacementArrangement,
  instruments: readonly PlacementInstrument[],
): PlacementInstrument[] {
  const derived = ARRANGEMENT_INSTRUMENTS[arrangement];
  return PLACEMENT_INSTRUMENTS.filter(
    (instrument) =>
      instrument === derived ||
      (!DERIVED_INSTRUMENTS.has(instrument) && instruments.includes(instrument)),
  );
}

export type ArrangementTerms = {
  arrangement: PlacementArrangement;
  startDate: IsoDate;
  /** Only for BEHOUD_VAN_UITKERING: the one extension of 3 months was granted. */
  extended: boolean;
};

/** The last day (inclusive) a time-limited placement may run; null for a regular job. */
export function arrangementLimitDate({
  arrangement,
  startDate,
  extended,
}: ArrangementTerms): IsoDate | null {
  if (arrangement === 'REGULAR') return null;
  const months =
    arrangement === 'TRIAL_PLACEMENT'
      ? TRIAL_PLACEMENT_MAX_MONTHS
      : BEHOUD_VAN_UITKERING_MONTHS + (extended ? BEHOUD_VAN_UITKERING_EXTENSION_MONTHS : 0);
  return addDays(addMonths(startDate, months), -1);
}

/**
 * A Dutch warning while a time-limited placement runs and its limit is near (within 14 days) or
 * passed; null otherwise, and once the placement has ended on or before the limit.
 */
export function arrangementWarning(
  terms: ArrangementTerms & { endDate: IsoDate | null; today: IsoDate },
): string | null {
  const limit = arrangementLimitDate(terms);
  if (limit === null) return null;
  if (terms.endDate !== null && terms.endDate <= limit && terms.endDate < terms.today) return null;
  const what =
    terms.arrangement === 'TRIAL_PLACEMENT'
      ? 'De proefplaatsing'
      : 'Werken met behoud van uitkering';
  const canExtend = terms.arrangement === 'BEHOUD_VAN_UITKERING' && !terms.extended;
  const next = canExtend
    ? ' Verleng eenmalig met 3 maanden, of zet om naar een baan.'
    : ' Zet om naar een baan of beëindig de plaatsing.';
  if (limit < terms.today)
    return `${what} had uiterlijk op ${formatDutchDate(limit)} moeten eindigen.${next}`;
  if (limit <= addDays(terms.today, ARRANGEMENT_WARNING_DAYS))
    return `${what} eindigt uiterlijk op ${formatDutchDate(limit)}.${next}`;
  return null;
}

export type PlacementTermsInput = ArrangementTerms & {
  contractType: ContractType;
  endDate: IsoDate | null;
  instruments: readonly PlacementInstrument[];
  hourlyWage: number | null;
  loonwaardePercentage: number | null;
  jobcoachHours: number | null;
  jobcoachHoursUnit: 'WEEK' | 'MONTH' | null;
};

export type TermsViolation = { field: keyof PlacementTermsInput; message: string };

const isWholeCents = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;

/** Every broken rule of a placement's terms, with the field it belongs to and a Dutch message. */
export function validatePlacementTerms(terms: PlacementTermsInput): TermsViolation[] {
  const violations: TermsViolation[] = [];
  const add = (field: keyof PlacementTermsInput, message: string) =>
    violations.push({ field, message });
  if (!CONTRACT_TYPES_BY_ARRANGEMENT[terms.arrangement].includes(terms.contractType)) {
    add(
      'contractType',
      terms.arrangement === 'REGULAR'
        ? 'Een proefplaatsing legt u vast als proefplaatsing, niet als baan.'
        : terms.arrangement === 'TRIAL_PLACEMENT'
          ? 'Bij een proefplaatsing hoort het contract "Proefplaatsing".'
          : 'Werken met behoud van uitkering is onbetaald.',
    );
  }
  const derived = ARRANGEMENT_INSTRUMENTS[terms.arrangement];
  const misfit = terms.instruments.filter(
    (instrument) => DERIVED_INSTRUMENTS.has(instrument) && instrument !== derived,
  );
  if (misfit.length > 0) {
    add(
      'instruments',
      misfit.includes('PROEFPLAATSING')
        ? 'Een proefplaatsing legt u vast als afspraak "Proefplaatsing", niet als instrument.'
        : 'Werken met behoud van uitkering legt u vast als afspraak, niet als instrument.',
    );
  }
  if (terms.extended && terms.arrangement !== 'BEHOUD_VAN_UITKERING') {
    add('extended', 'Alleen werken met behoud van uitkering kan worden verlengd.');
  }
  const limit = arrangementLimitDate(terms);
  if (limit !== null && terms.endDate !== null && terms.endDate > limit) {
    add('endDate', `Deze plaatsing mag uiterlijk tot en met ${formatDutchDate(limit)} duren.`);
  }
  const paid =
    terms.arrangement === 'REGULAR' &&
    terms.contractType !== 'UNPAID' &&
    terms.contractType !== 'TRIAL_PLACEMENT';
  if (terms.hourlyWage === null) {
    if (paid) add('hourlyWage', 'Vul het bruto uurloon in.');
  } else if (!paid) {
    add('hourlyWage', 'Onbetaald werk heeft geen uurloon.');
  } else if (
    !(terms.hourlyWage > 0 && terms.hourlyWage <= MAX_HOURLY_WAGE) ||
    !isWholeCents(terms.hourlyWage)
  ) {
    add(
      'hourlyWage',
      `Het bruto uurloon ligt tussen € 0,01 en € ${MAX_HOURLY_WAGE}, in hele centen.`,
    );
  }
  const lks = terms.instruments.includes('LOONKOSTENSUBSIDIE');
  if (terms.loonwaardePercentage === null) {
    if (lks)
      add('loonwaardePercentage', 'Vul de loonwaarde in: die is nodig voor loonkostensubsidie.');
  } else if (
    !Number.isInteger(terms.loonwaardePercentage) ||
    terms.loonwaardePercentage < 0 ||
    terms.loonwaardePercentage > 100
  ) {
    add('loonwaardePercentage', 'De loonwaarde is een heel percentage van 0 tot en met 100.');
  }
  const jobcoach = terms.instruments.includes('JOBCOACH');
  if (terms.jobcoachHours === null || terms.jobcoachHoursUnit === null) {
    if (jobcoach) add('jobcoachHours', 'Vul het aantal jobcoachuren in, per week of per maand.');
    else if (terms.jobcoachHours !== null) add('jobcoachHoursUnit', 'Kies per week of per maand.');
  } else if (!jobcoach) {
    add('jobcoachHours', 'Jobcoachuren horen bij het instrument jobcoach.');
  } else if (
    !(
      terms.jobcoachHours > 0 && terms.jobcoachHours <= MAX_JOBCOACH_HOURS[terms.jobcoachHoursUnit]
    ) ||
    !Number.isInteger(terms.jobcoachHours * 2)
  ) {
    add(
      'jobcoachHours',
      `Het aantal jobcoachuren ligt tussen 0,5 en ${MAX_JOBCOACH_HOURS[terms.jobcoachHoursUnit]} ${terms.jobcoachHoursUnit === 'WEEK' ? 'per week' : 'per maand'}, in hele of halve uren.`,
    );
  }
  return violations;
}

const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** '2026-03-01' → '1 maart 2026'. */
export function formatDutchDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
