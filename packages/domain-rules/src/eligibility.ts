// Which kinds of vacancy a job-seeker may take. Garantiebanen are for the doelgroepregister and
// beschutte werkplekken for people with an indicatie beschut werk; every other kind is open to all.
// The matching engine reuses this to filter candidates.
import { VACANCY_KINDS, type VacancyKind } from './enums.js';

export type EligibilityFacts = {
  inDoelgroepregister: boolean;
  hasIndicatieBeschutWerk: boolean;
};

export const INELIGIBILITY_CODES = [
  'NOT_IN_DOELGROEPREGISTER',
  'NO_INDICATIE_BESCHUT_WERK',
] as const;
export type IneligibilityCode = (typeof INELIGIBILITY_CODES)[number];

export type IneligibilityReason = { code: IneligibilityCode; message: string };

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibilityReason };

export const INELIGIBILITY_MESSAGES: Record<IneligibilityCode, string> = {
  NOT_IN_DOELGROEPREGISTER:
    'Een garantiebaan is alleen voor inwoners die in het doelgroepregister staan.',
  NO_INDICATIE_BESCHUT_WERK:
    'Een beschutte werkplek is alleen voor inwoners met een indicatie beschut werk.',
};

const ELIGIBLE: Eligibility = { eligible: true };

function ineligible(code: IneligibilityCode): Eligibility {
  return { eligible: false, reason: { code, message: INELIGIBILITY_MESSAGES[code] } };
}

export function checkVacancyKindEligibility(
  kind: VacancyKind,
  facts: EligibilityFacts,
): Eligibility {
  switch (kind) {
    case 'GARANTIEBAAN':
      return facts.inDoelgroepregister ? ELIGIBLE : ineligible('NOT_IN_DOELGROEPREGISTER');
    case 'SHELTERED':
      return facts.hasIndicatieBeschutWerk ? ELIGIBLE : ineligible('NO_INDICATIE_BESCHUT_WERK');
    case 'REGULAR':
    case 'WORK_LEARN':
    case 'TRIAL':
    case 'VOLUNTEER':
      return ELIGIBLE;
  }
}

export function isEligibleForVacancyKind(kind: VacancyKind, facts: EligibilityFacts): boolean {
  return checkVacancyKindEligibility(kind, facts).eligible;
}

/** The vacancy kinds open to this job-seeker, in the order of VACANCY_KINDS. */
export function eligibleVacancyKinds(facts: EligibilityFacts): VacancyKind[] {
  return VACANCY_KINDS.filter((kind) => isEligibleForVacancyKind(kind, facts));
}
