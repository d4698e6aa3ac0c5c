// The pipeline as the issue names it, on top of the API's introduction statuses (which the employer
// portal and the results also use, so they keep their names):
//   SUGGESTED (Gesuggereerd)           = a match that is not in the pipeline yet (no introduction)
//   SHORTLISTED (Shortlist)            = PROPOSED
//   CONSENT_ASKED (Toestemming gevraagd) = CONSENT_REQUESTED, and CONSENTED shown in it as "Toestemming gegeven"
//   INTRODUCED (Voorgesteld)           = INTRODUCED
//   INTERVIEW (Gesprek)                = INTERVIEW
//   TRIAL_PLACEMENT (Proefplaatsing)   = TRIAL_PLACEMENT
//   PLACED (Geplaatst)                 = PLACED
//   ENDED (Beëindigd)                  = DECLINED, REJECTED or WITHDRAWN, always with a reason
import type { IntroductionStatus } from '../../gql/graphql.js';

export const PIPELINE_STAGES = [
  'SHORTLISTED',
  'CONSENT_ASKED',
  'INTRODUCED',
  'INTERVIEW',
  'TRIAL_PLACEMENT',
  'PLACED',
  'ENDED',
] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number] | 'SUGGESTED';

export const STAGE_LABELS: Record<PipelineStage, string> = {
  SUGGESTED: 'Gesuggereerd',
  SHORTLISTED: 'Shortlist',
  CONSENT_ASKED: 'Toestemming gevraagd',
  INTRODUCED: 'Voorgesteld',
  INTERVIEW: 'Gesprek',
  TRIAL_PLACEMENT: 'Proefplaatsing',
  PLACED: 'Geplaatst',
  ENDED: 'Beëindigd',
};

const STAGE_OF: Record<IntroductionStatus, PipelineStage> = {
  PROPOSED: 'SHORTLISTED',
  CONSENT_REQUESTED: 'CONSENT_ASKED',
  CONSENTED: 'CONSENT_ASKED',
  INTRODUCED: 'INTRODUCED',
  INTERVIEW: 'INTERVIEW',
  TRIAL_PLACEMENT: 'TRIAL_PLACEMENT',
  PLACED: 'PLACED',
  DECLINED: 'ENDED',
  REJECTED: 'ENDED',
  WITHDRAWN: 'ENDED',
};

export function stageOf(status: IntroductionStatus): PipelineStage {
  return STAGE_OF[status];
}

/** Where an introduction stands, in the pipeline's words: the stage, refined within it. */
export function stageLabel(status: IntroductionStatus): string {
  if (status === 'CONSENTED') return 'Toestemming gegeven';
  if (status === 'DECLINED') return 'Beëindigd: toestemming geweigerd';
  if (status === 'REJECTED') return 'Beëindigd: afgewezen';
  if (status === 'WITHDRAWN') return 'Beëindigd: ingetrokken';
  return STAGE_LABELS[stageOf(status)];
}

/** The button text for moving an introduction to `status`. */
export const STEP_ACTION_LABELS: Record<IntroductionStatus, string> = {
  PROPOSED: 'Op shortlist zetten',
  CONSENT_REQUESTED: 'Toestemming vragen',
  CONSENTED: 'Toestemming vastleggen',
  DECLINED: 'Weigering vastleggen',
  INTRODUCED: 'Voorstellen aan werkgever',
  INTERVIEW: 'Gesprek vastleggen',
  TRIAL_PLACEMENT: 'Proefplaatsing starten',
  PLACED: 'Plaatsing registreren',
  REJECTED: 'Afwijzing vastleggen',
  WITHDRAWN: 'Beëindigen',
};
