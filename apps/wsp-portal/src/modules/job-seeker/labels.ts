import {
  CLIENT_PROFILE_LABELS,
  CONSENT_STATUS_LABELS,
  EARNING_CAPACITY_BAND_LABELS,
  PARTICIPATION_STEP_DESCRIPTIONS,
  PARTICIPATION_STEP_LABELS,
  PERSPECTIVE_GROUP_LABELS,
  type ClientProfile,
  type ParticipationStep,
  type PerspectiveGroup,
} from '@werkbrug/domain-rules';
import type { ConsentStatus, EarningCapacityBand } from '../../gql/graphql.js';

export function consentLabel(status: ConsentStatus): string {
  return CONSENT_STATUS_LABELS[status];
}

export function bandLabel(band: EarningCapacityBand): string {
  return EARNING_CAPACITY_BAND_LABELS[band];
}

/** "Trede 4: Onbetaald werk". */
export function participationStepLabel(step: number): string {
  const label = PARTICIPATION_STEP_LABELS[step as ParticipationStep];
  return label ? `Trede ${step}: ${label}` : `Trede ${step}`;
}

export function participationStepDescription(step: number): string {
  return PARTICIPATION_STEP_DESCRIPTIONS[step as ParticipationStep] ?? '';
}

export function clientProfileLabel(profile: number | null): string {
  return profile === null
    ? 'Niet vastgesteld'
    : (CLIENT_PROFILE_LABELS[profile as ClientProfile] ?? String(profile));
}

export function perspectiveGroupLabel(group: number | null): string {
  return group === null
    ? 'Niet vastgesteld'
    : (PERSPECTIVE_GROUP_LABELS[group as PerspectiveGroup] ?? String(group));
}

export interface TargetGroupFacts {
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  wswOud: boolean;
  statushouder: boolean;
  jongere?: boolean | null;
}

/** The target groups someone belongs to, in Dutch, e.g. ["Doelgroepregister", "Jongere"]. */
export function targetGroups(facts: TargetGroupFacts): string[] {
  return [
    facts.doelgroepregister && 'Doelgroepregister',
    facts.indicatieBeschutWerk && 'Indicatie beschut werk',
    facts.wswOud && 'Wsw-oud',
    facts.statushouder && 'Statushouder',
    facts.jongere && 'Jongere (onder 27)',
  ].filter((group): group is string => typeof group === 'string');
}
