import type { CompetenceGroup, WorkSector } from '@werkbrug/domain-rules';

/** Stable key of a competence: a capital letter, then 2 to 63 capitals, digits or underscores. */
export const COMPETENCE_CODE = /^[A-Z][A-Z0-9_]{2,63}$/;

/**
 * Vocational competences belong to exactly one work sector; the other groups to none.
 * Returns the Dutch message when the pair breaks that rule, else null.
 */
export function sectorProblem(group: CompetenceGroup, sector: WorkSector | null): string | null {
  if (group === 'VOCATIONAL' && sector === null) return 'Kies de sector van deze vakvaardigheid.';
  if (group !== 'VOCATIONAL' && sector !== null)
    return 'Alleen vakvaardigheden (VOCATIONAL) hebben een sector.';
  return null;
}
