// Placement terms and aftercare for the demo placements, relative to REFERENCE_DATE: moments long
// past are mostly done (some late), recent ones partly open, later ones open; moments after a
// placement's end are cancelled, and ended placements get a reason. Deterministic per placement.
import {
  addDays,
  aftercareSchedule,
  instrumentsOfArrangement,
  scheduledStatus,
  type AftercareOutcome,
  type ContactChannel,
  type PlacementEndReason,
} from '@werkbrug/domain-rules';
import { duringOfficeHours, REFERENCE_DATE } from './calendar.js';
import { Random, stableUuid } from './prng.js';
import type { AftercareCheckInRow, PlacementRow } from './rows.js';

const OUTCOMES: readonly (readonly [AftercareOutcome, number])[] = [
  ['GOING_WELL', 75],
  ['ATTENTION_NEEDED', 18],
  ['AT_RISK', 7],
];
const CHANNELS: readonly (readonly [ContactChannel, number])[] = [
  ['VISIT', 50],
  ['PHONE', 35],
  ['VIDEO', 10],
  ['EMAIL', 5],
];
const END_REASONS: readonly (readonly [PlacementEndReason, number])[] = [
  ['CONTRACT_ENDED', 45],
  ['RESIGNED', 20],
  ['NOT_SUITABLE', 15],
  ['DISMISSED', 10],
  ['OTHER', 10],
];
const NOTES: Record<AftercareOutcome, readonly string[]> = {
  GOING_WELL: [
    'Werkgever en werknemer tevreden.',
    'Ingewerkt, werkt zelfstandig.',
    'Goed contact met collega’s.',
  ],
  ATTENTION_NEEDED: [
    'Werktijden afstemmen met de leidinggevende.',
    'Extra begeleiding jobcoach afgesproken.',
    'Reistijd valt zwaar; alternatief besproken.',
  ],
  AT_RISK: ['Werkgever twijfelt over verlenging.', 'Veel verzuim; vervolggesprek gepland.'],
};
/** Gross hourly wages around the 2026 minimum wage and a little above. */
const WAGES = [14.4, 14.4, 14.71, 15.1, 15.6, 16.25, 17.05];

/** The wage, loonwaarde, jobcoach hours and (for ended placements) end reason of a demo placement. */
export function withPlacementTerms(
  placement: PlacementRow,
  regionCode: string,
  index: number,
): PlacementRow {
  const rng = Random.of(regionCode, 'placement-terms', index);
  const paid = placement.contractType !== 'UNPAID' && placement.contractType !== 'TRIAL_PLACEMENT';
  const jobcoach = placement.instruments.includes('JOBCOACH');
  const arrangement = placement.contractType === 'TRIAL_PLACEMENT' ? 'TRIAL_PLACEMENT' : 'REGULAR';
  return {
    ...placement,
    arrangement,
    // As the API stores them: a trial placement carries PROEFPLAATSING too.
    instruments: instrumentsOfArrangement(arrangement, placement.instruments),
    hourlyWage: paid ? rng.pick(WAGES) : null,
    loonwaardePercentage: placement.instruments.includes('LOONKOSTENSUBSIDIE')
      ? rng.int(35, 80)
      : null,
    jobcoachHours: jobcoach ? rng.int(2, 8) : null,
    jobcoachHoursUnit: jobcoach ? 'WEEK' : null,
    endReason: placement.endDate === null ? null : rng.weighted(END_REASONS),
  };
}

/** The aftercare schedule of every placement, done or open as it would stand on REFERENCE_DATE. */
export function generateAftercareCheckIns(options: {
  regionCode: string;
  placements: readonly PlacementRow[];
  accountManagerId: string;
}): AftercareCheckInRow[] {
  const rows: AftercareCheckInRow[] = [];
  for (const placement of options.placements) {
    for (const { kind, dueDate } of aftercareSchedule(placement.startDate)) {
      const rng = Random.of(options.regionCode, 'aftercare', placement.id, kind);
      const id = stableUuid('aftercare-check-in', placement.id, kind);
      const createdAt = placement.createdAt;
      const status = scheduledStatus(dueDate, placement.endDate);
      const daysPast = Math.round(
        (Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) /
          86_400_000,
      );
      // Long past: nearly all done; due in the last weeks: about half; not yet due: open.
      const done =
        status === 'OPEN' &&
        (daysPast > 21 ? rng.chance(0.94) : daysPast >= 0 ? rng.chance(0.5) : false);
      if (!done) {
        rows.push({
          id,
          placementId: placement.id,
          kind,
          dueDate,
          status,
          completedOn: null,
          completedById: null,
          outcome: null,
          note: null,
          channel: null,
          createdAt,
          updatedAt: createdAt,
        });
        continue;
      }
      // Mostly within a week of the due date, sometimes weeks late; never after REFERENCE_DATE.
      const delay = rng.chance(0.85) ? rng.int(-5, 7) : rng.int(8, 30);
      const latest =
        placement.endDate !== null && placement.endDate < REFERENCE_DATE
          ? placement.endDate
          : REFERENCE_DATE;
      const candidate = addDays(dueDate, delay);
      const completedOn =
        candidate > latest
          ? latest
          : candidate < placement.startDate
            ? placement.startDate
            : candidate;
      const outcome = rng.weighted(OUTCOMES);
      const completedAt = duringOfficeHours(rng, completedOn);
      rows.push({
        id,
        placementId: placement.id,
        kind,
        dueDate,
        status: 'DONE',
        completedOn,
        completedById: options.accountManagerId,
        outcome,
        note: rng.chance(0.7) ? rng.pick(NOTES[outcome]) : null,
        channel: rng.weighted(CHANNELS),
        createdAt,
        updatedAt: completedAt,
      });
    }
  }
  return rows;
}
