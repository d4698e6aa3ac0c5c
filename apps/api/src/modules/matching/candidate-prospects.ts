// What an employer may learn about when a suggested candidate could start and which instruments could
// apply, derived from the file without showing the file: a coarse start label, and instrument codes
// with no reason attached (no earning capacity, health data or target-group label).
import type { PlacementInstrument } from '@werkbrug/domain-rules';

export const START_PERSPECTIVES = ['DIRECT', 'WITHIN_MONTHS', 'IN_CONSULTATION'] as const;
export type StartPerspective = (typeof START_PERSPECTIVES)[number];

export const START_PERSPECTIVE_LABELS: Record<StartPerspective, string> = {
  DIRECT: 'Direct beschikbaar',
  WITHIN_MONTHS: 'Binnen enkele maanden',
  IN_CONSULTATION: 'In overleg met het WSP',
};

/** The non-displayed facts of a file the prospects rest on. */
export interface ProspectFacts {
  earningCapacityPercent: number;
  loonwaardePercent: number | null;
  doelgroepregister: boolean;
  indicatieBeschutWerk: boolean;
  /** Westerveld 1-4 (1 = paid work within 4 months). */
  clientProfile: number | null;
  /** Hilversum 1-3 (1 = can work now). */
  perspectiveGroup: number | null;
}

/**
 * Everyone suggested has confirmed availability and enough hours; the perspective the consultant
 * recorded says how soon. Westerveld 1 / Hilversum 1 can start now, Westerveld 2 within a year (shown
 * as "within months"); anything further, or nothing recorded, is for the WSP to discuss.
 */
export function startPerspective(
  facts: Pick<ProspectFacts, 'clientProfile' | 'perspectiveGroup'>,
): StartPerspective {
  if (facts.perspectiveGroup === 1 || facts.clientProfile === 1) return 'DIRECT';
  if (facts.clientProfile === 2 || facts.perspectiveGroup === 2) return 'WITHIN_MONTHS';
  return 'IN_CONSULTATION';
}

/** Below this earning capacity (% of WML) the seeds place people in "regular work with support". */
const SUPPORTED_WORK_BELOW_PERCENT = 80;

/**
 * Instruments that could apply: loonkostensubsidie when the person cannot earn the minimum wage
 * (earning capacity or measured loonwaarde below 100 %); no-risk polis for the doelgroepregister or
 * an indicatie beschut werk (a work disability UWV recorded); a jobcoach where the earning capacity
 * is in the supported bands (< 80 %). The WSP decides; this is an indication, in a fixed order.
 */
export function possibleInstruments(facts: ProspectFacts): PlacementInstrument[] {
  const instruments: PlacementInstrument[] = [];
  const belowWml =
    facts.earningCapacityPercent < 100 ||
    (facts.loonwaardePercent !== null && facts.loonwaardePercent < 100);
  if (belowWml) instruments.push('LOONKOSTENSUBSIDIE');
  if (facts.doelgroepregister || facts.indicatieBeschutWerk) instruments.push('NO_RISK_POLIS');
  if (facts.earningCapacityPercent < SUPPORTED_WORK_BELOW_PERCENT) instruments.push('JOBCOACH');
  return instruments;
}
