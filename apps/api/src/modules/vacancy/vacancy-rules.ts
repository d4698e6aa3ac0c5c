import {
  validateWeeklyHoursRange,
  type ContractType,
  type VacancyKind,
} from '@werkbrug/domain-rules';
import type { FieldError } from '../../common/errors/domain-error.js';

/** The terms of a vacancy that must fit together, whether new or after an update. */
export interface VacancyTerms {
  kind: VacancyKind;
  contractType: ContractType;
  hoursMin: number;
  hoursMax: number;
  wageMinCents: number | null;
  wageMaxCents: number | null;
  startsOn: string | null;
  closesOn: string | null;
}

/** Kinds that may offer unpaid work: volunteering, and work-learn places with retained benefit. */
const UNPAID_KINDS: readonly VacancyKind[] = ['VOLUNTEER', 'WORK_LEARN'];

/**
 * Checks the rules between fields (single fields are checked by the input's validators).
 * Each failure names the field to fix, under `prefix` (the argument's name, e.g. `input`).
 */
export function validateVacancyTerms(terms: VacancyTerms, prefix = 'input'): FieldError[] {
  const field = (name: keyof VacancyTerms) => `${prefix}.${name}`;
  const errors: FieldError[] = validateWeeklyHoursRange(
    { min: terms.hoursMin, max: terms.hoursMax },
    { min: field('hoursMin'), max: field('hoursMax') },
  ).map(({ field: path, message }) => ({ field: path, message }));

  if (
    terms.wageMinCents !== null &&
    terms.wageMaxCents !== null &&
    terms.wageMinCents > terms.wageMaxCents
  ) {
    errors.push({
      field: field('wageMaxCents'),
      message: 'Het maximumloon mag niet lager zijn dan het minimumloon.',
    });
  }
  if (terms.startsOn !== null && terms.closesOn !== null && terms.closesOn < terms.startsOn) {
    errors.push({
      field: field('closesOn'),
      message: 'De sluitingsdatum mag niet voor de startdatum liggen.',
    });
  }

  if (terms.kind === 'VOLUNTEER' && terms.contractType !== 'UNPAID') {
    errors.push({
      field: field('contractType'),
      message: 'Een vrijwilligersplek is onbetaald: kies "Onbetaald".',
    });
  } else if (terms.contractType === 'UNPAID' && !UNPAID_KINDS.includes(terms.kind)) {
    errors.push({
      field: field('contractType'),
      message: 'Alleen een vrijwilligersplek of werkleerplek kan onbetaald zijn.',
    });
  }
  if (terms.kind === 'TRIAL' && terms.contractType !== 'TRIAL_PLACEMENT') {
    errors.push({
      field: field('contractType'),
      message: 'Een proefplaatsing heeft als contractvorm "Proefplaatsing".',
    });
  } else if (terms.contractType === 'TRIAL_PLACEMENT' && terms.kind !== 'TRIAL') {
    errors.push({
      field: field('contractType'),
      message: 'De contractvorm "Proefplaatsing" hoort bij een proefplaatsing.',
    });
  }
  if (terms.kind === 'VOLUNTEER' || terms.contractType === 'UNPAID') {
    for (const name of ['wageMinCents', 'wageMaxCents'] as const) {
      if (terms[name] !== null)
        errors.push({ field: field(name), message: 'Onbetaald werk heeft geen loon.' });
    }
  }
  return errors;
}
