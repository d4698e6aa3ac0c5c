import {
  COMPETENCE_GROUP_LABELS,
  COMPETENCE_GROUPS,
  LEVEL_LABELS,
  type CompetenceGroup,
  type Level,
} from '@werkbrug/domain-rules';

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const MAX_LEVEL = 5;

export function groupLabel(group: CompetenceGroup): string {
  return COMPETENCE_GROUP_LABELS[group];
}

/** "Niveau 3: voldoende". */
export function levelLabel(level: number): string {
  return LEVEL_LABELS[level as Level] ?? `Niveau ${level}`;
}

/** Items grouped in the taxonomy's group order, leaving out empty groups. */
export function byGroup<T extends { group: CompetenceGroup }>(
  items: readonly T[],
): { group: CompetenceGroup; items: T[] }[] {
  return COMPETENCE_GROUPS.map((group) => ({
    group,
    items: items.filter((item) => item.group === group),
  })).filter((entry) => entry.items.length > 0);
}
