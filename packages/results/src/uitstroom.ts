// Uitstroom naar werk: people leaving benefit fully or partly because of work, per municipality
// (the one that paid the benefit) within a period, against the municipality's target for the
// year. A person counts once per municipality: as a full exit if they left fully at least once in
// the period, else as a partial one. Exits for another reason do not count.
import { isWithin, type Period } from '@werkbrug/domain-rules';
import { municipalityTable, type MunicipalityRow, type TargetRow } from './municipality-table.js';
import type { BenefitExit, BenefitExitKind, MunicipalityRef, MunicipalityTarget } from './rows.js';
import type { Published } from './suppression.js';

export type ExitCount = { full: number; partial: number };

/** People who left benefit because of work within the period, by municipality code (unsuppressed). */
export function countExitsToWork(options: {
  period: Period;
  exits: readonly BenefitExit[];
}): Map<string, ExitCount> {
  const kinds = new Map<string, Map<string, BenefitExitKind>>();
  for (const exit of options.exits) {
    if (exit.reason !== 'WORK' || !isWithin(exit.date, options.period)) continue;
    const byPerson = kinds.get(exit.municipalityCode) ?? new Map<string, BenefitExitKind>();
    if (byPerson.get(exit.personId) !== 'FULL') byPerson.set(exit.personId, exit.kind);
    kinds.set(exit.municipalityCode, byPerson);
  }
  return new Map(
    [...kinds].map(([code, byPerson]) => {
      const full = [...byPerson.values()].filter((kind) => kind === 'FULL').length;
      return [code, { full, partial: byPerson.size - full }];
    }),
  );
}

export type UitstroomResults = {
  period: Period;
  municipalities: MunicipalityRow[];
  /** The region: every municipality's count added up, and split into full and partial exits. */
  total: TargetRow & { full: Published; partial: Published };
};

export function uitstroomResults(options: {
  period: Period;
  municipalities: readonly MunicipalityRef[];
  /** The year's targets; a municipality without one has no target. */
  targets: readonly MunicipalityTarget[];
  exits: readonly BenefitExit[];
}): UitstroomResults {
  const exits = countExitsToWork(options);
  const counts = options.municipalities.map(
    (municipality) => exits.get(municipality.code) ?? { full: 0, partial: 0 },
  );
  const table = municipalityTable({
    rows: options.municipalities.map((municipality, index) => ({
      municipality,
      count: counts[index].full + counts[index].partial,
      target:
        options.targets.find((target) => target.municipalityCode === municipality.code)
          ?.uitstroomTarget ?? null,
    })),
    split: {
      full: counts.reduce((sum, count) => sum + count.full, 0),
      partial: counts.reduce((sum, count) => sum + count.partial, 0),
    },
  });
  return {
    period: options.period,
    municipalities: table.municipalities,
    total: { ...table.total, ...table.split },
  };
}
