import {
  COMPETENCE_GROUPS,
  WORK_SECTORS,
  type CompetenceGroup,
  type WorkSector,
} from '@werkbrug/domain-rules';

/** Levels being edited, by competence code; a code that is absent is not scored. */
export type ScanLevels = Readonly<Record<string, number>>;

export interface ExistingScore {
  code: string;
  level: number;
  assessedAt: string | null;
}

export interface ScanCompetence {
  code: string;
  group: CompetenceGroup;
  sector: WorkSector | null;
}

/** The steps of the scan: each group that has competences, in the taxonomy's order. */
export function scanGroups(competences: readonly ScanCompetence[]): CompetenceGroup[] {
  return COMPETENCE_GROUPS.filter((group) => competences.some((c) => c.group === group));
}

/** Vocational competences per sector, in the sectors' order; other groups as one list. */
export function bySector<T extends ScanCompetence>(
  competences: readonly T[],
): { sector: WorkSector | null; items: T[] }[] {
  const sectors: (WorkSector | null)[] = [null, ...WORK_SECTORS];
  return sectors
    .map((sector) => ({ sector, items: competences.filter((c) => c.sector === sector) }))
    .filter((entry) => entry.items.length > 0);
}

export function levelsFrom(scores: readonly ExistingScore[]): ScanLevels {
  return Object.fromEntries(scores.map((score) => [score.code, score.level]));
}

/** Codes whose level differs from what was saved (added, changed or removed). */
export function changedCodes(saved: readonly ExistingScore[], levels: ScanLevels): string[] {
  const before = levelsFrom(saved);
  const codes = new Set([...Object.keys(before), ...Object.keys(levels)]);
  return [...codes].filter((code) => before[code] !== levels[code]);
}

/**
 * The whole new set for setJobSeekerCompetences: every scored competence that is still in the
 * taxonomy; a level that did not change keeps its assessment date, a new or changed one gets today.
 */
export function scanInput(
  saved: readonly ExistingScore[],
  levels: ScanLevels,
  activeCodes: ReadonlySet<string>,
  today: string,
): { code: string; level: number; assessedAt: string | null }[] {
  const before = new Map(saved.map((score) => [score.code, score]));
  return Object.entries(levels)
    .filter(([code]) => activeCodes.has(code))
    .map(([code, level]) => {
      const previous = before.get(code);
      return {
        code,
        level,
        assessedAt: previous && previous.level === level ? previous.assessedAt : today,
      };
    });
}
