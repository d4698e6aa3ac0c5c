// Beschut werk: realised sheltered places per municipality on a count date, against the
// municipality's taakstelling for the year. A place is realised by a person who, at the close of
// the count date, holds an indicatie beschut werk and works in a paid placement on a SHELTERED
// vacancy. People count for the municipality responsible for their file, each person once.
import type { IsoDate } from '@werkbrug/domain-rules';
import { municipalityTable, type MunicipalityRow, type TargetRow } from './municipality-table.js';
import type { FlagPeriod, MunicipalityRef, MunicipalityTarget, ResultPlacement } from './rows.js';
import { countedSegments, flagHistory, runsAtCloseOf } from './segments.js';

/** People in a sheltered place at the close of the count date, by municipality code (unsuppressed). */
export function countBeschutWerkPlaces(options: {
  countDate: IsoDate;
  placements: readonly ResultPlacement[];
  flagPeriods: readonly FlagPeriod[];
}): Map<string, number> {
  const sheltered = options.placements.filter((placement) => placement.vacancyKind === 'SHELTERED');
  const segments = countedSegments(
    sheltered,
    flagHistory(options.flagPeriods, 'INDICATIE_BESCHUT_WERK'),
  );
  const people = new Map<string, Set<string>>();
  for (const segment of segments) {
    if (!runsAtCloseOf(segment, options.countDate)) continue;
    const code = segment.placement.municipalityCode;
    people.set(code, (people.get(code) ?? new Set()).add(segment.personId));
  }
  return new Map([...people].map(([code, persons]) => [code, persons.size]));
}

export type BeschutWerkResults = {
  countDate: IsoDate;
  municipalities: MunicipalityRow[];
  total: TargetRow;
};

export function beschutWerkResults(options: {
  countDate: IsoDate;
  municipalities: readonly MunicipalityRef[];
  /** The year's targets; a municipality without one has no taakstelling. */
  targets: readonly MunicipalityTarget[];
  placements: readonly ResultPlacement[];
  flagPeriods: readonly FlagPeriod[];
}): BeschutWerkResults {
  const places = countBeschutWerkPlaces(options);
  const { municipalities, total } = municipalityTable({
    rows: options.municipalities.map((municipality) => ({
      municipality,
      count: places.get(municipality.code) ?? 0,
      target:
        options.targets.find((target) => target.municipalityCode === municipality.code)
          ?.beschutWerkTaakstelling ?? null,
    })),
  });
  return { countDate: options.countDate, municipalities, total };
}
