// Small-cell suppression. A count of fewer than 5 people is published as "<5"; a figure that is not
// a count (jobs, days) is hidden when 1 to 4 people stand behind it. Hiding a cell is not enough
// when the table also publishes its total: the total minus the other cells gives it back. So
// cells are hidden in addition ("complementary suppression") until no hidden cell can be worked
// out from what is published.
//
// The method, per table:
// 1. Primary suppression: counts below 5, and figures resting on 1-4 people.
// 2. Take the attacker's view. Published cells are known exactly. A "<5" count lies in 0..4. A
//    cell hidden to protect another ("x") is known to be at least 5 when it is a count (else it
//    would read "<5"), at least 0 when it is a figure, and, because the smallest other part is
//    picked (step 4), at most the smallest part still published in the sum it was picked from.
// 3. Narrow those intervals with every sum relation (total = part + part + ...) until nothing
//    changes: a total lies between the sums of its parts' bounds, and a part between the total's
//    bounds minus the other parts' bounds. Counts are whole numbers.
// 4. If a hidden cell's interval has shrunk to one value, it can be recovered: hide one more cell
//    in a sum it belongs to (the smallest published part, else the published total) and go back
//    to 2. Every round hides one more cell, so this ends; with everything hidden nothing narrows.
// Interval narrowing is exact for the tables the results publish: sums that share at most a
// total and form no cycles (a column of municipalities with its total, a total split in two). A
// two-way table with row and column totals would need linear programming instead.
// Derived figures (a change, a percentage of a target) are hidden whenever a figure they come
// from is hidden, so they never give a hidden figure back either.

export const SMALL_CELL_THRESHOLD = 5;

/** Why a figure is not shown: too few people, or to protect such a figure. */
export type Suppression = 'NONE' | 'SMALL_COUNT' | 'COMPLEMENTARY';

/** A figure as published: the value, or null when suppressed. */
export type Published = { value: number | null; suppression: Suppression };

/** A count of people, or a figure (jobs, days) with the number of people behind it. */
export type CellInput =
  { kind: 'count'; value: number } | { kind: 'figure'; value: number; people: number };

/** total = sum of parts. */
export type SumRelation<K extends string> = { total: K; parts: readonly K[] };

const EPSILON = 1e-9;

export const published = (value: number): Published => ({ value, suppression: 'NONE' });

/** A count on its own (no total next to it): "<5" below the threshold. */
export function suppressCount(value: number): Published {
  assertCount(value);
  return value < SMALL_CELL_THRESHOLD
    ? { value: null, suppression: 'SMALL_COUNT' }
    : published(value);
}

/** A figure on its own: hidden when 1-4 people stand behind it. */
export function suppressFigure(value: number, people: number): Published {
  return isSmallFigure(people) ? { value: null, suppression: 'SMALL_COUNT' } : published(value);
}

/** A figure computed from others: hidden when any of them is. */
export function derive(value: number, from: readonly Published[]): Published {
  return from.some((input) => input.value === null)
    ? { value: null, suppression: 'COMPLEMENTARY' }
    : published(value);
}

function isSmallFigure(people: number): boolean {
  assertCount(people);
  return people > 0 && people < SMALL_CELL_THRESHOLD;
}

function assertCount(value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`Not a count of people: ${value}`);
}

type Hidden = { reason: 'SMALL_COUNT' } | { reason: 'COMPLEMENTARY'; pickedFrom: number | null };
type Bounds = { lo: number; hi: number };

/**
 * Suppresses a table: primary suppression of small cells, then complementary suppression until
 * no hidden cell can be recovered from the sum relations (see the method above).
 */
export function suppressTable<K extends string>(
  cells: Readonly<Record<K, CellInput>>,
  relations: readonly SumRelation<K>[] = [],
): Record<K, Published> {
  const ids = Object.keys(cells) as K[];
  for (const relation of relations) {
    for (const id of [relation.total, ...relation.parts]) {
      if (!(id in cells)) throw new RangeError(`Sum relation names an unknown cell: ${id}`);
    }
  }
  const hidden = new Map<K, Hidden>();
  for (const id of ids) {
    const cell = cells[id];
    const small =
      cell.kind === 'count'
        ? (assertCount(cell.value), cell.value < SMALL_CELL_THRESHOLD)
        : isSmallFigure(cell.people);
    if (small) hidden.set(id, { reason: 'SMALL_COUNT' });
  }

  for (;;) {
    const bounds = attackerBounds(cells, relations, hidden);
    const exposed = ids.find(
      (id) => hidden.has(id) && bounds.get(id)!.hi - bounds.get(id)!.lo < EPSILON,
    );
    if (exposed === undefined) break;
    const pick = complementFor(exposed, cells, relations, hidden);
    if (!pick) break;
    hidden.set(pick.id, { reason: 'COMPLEMENTARY', pickedFrom: pick.relation });
  }

  return Object.fromEntries(
    ids.map((id) => {
      const reason = hidden.get(id)?.reason;
      return [id, reason ? { value: null, suppression: reason } : published(cells[id].value)];
    }),
  ) as Record<K, Published>;
}

/** What someone reading the published table can know about each cell (step 2 and 3). */
function attackerBounds<K extends string>(
  cells: Readonly<Record<K, CellInput>>,
  relations: readonly SumRelation<K>[],
  hidden: ReadonlyMap<K, Hidden>,
): Map<K, Bounds> {
  const bounds = new Map<K, Bounds>();
  for (const id of Object.keys(cells) as K[]) {
    const cell = cells[id];
    const state = hidden.get(id);
    if (!state) bounds.set(id, { lo: cell.value, hi: cell.value });
    else if (state.reason === 'SMALL_COUNT')
      bounds.set(id, { lo: 0, hi: cell.kind === 'count' ? 4 : Infinity });
    else {
      const lo = cell.kind === 'count' ? SMALL_CELL_THRESHOLD : 0;
      bounds.set(id, { lo, hi: pickedBelow(state.pickedFrom, relations, cells, hidden) });
    }
  }
  const isCount = (id: K) => cells[id].kind === 'count';
  const narrow = (id: K, lo: number, hi: number): boolean => {
    const current = bounds.get(id)!;
    const next = {
      lo: Math.max(current.lo, isCount(id) ? Math.ceil(lo - EPSILON) : lo),
      hi: Math.min(current.hi, isCount(id) ? Math.floor(hi + EPSILON) : hi),
    };
    if (next.lo > current.lo + EPSILON || next.hi < current.hi - EPSILON) {
      bounds.set(id, next);
      return true;
    }
    return false;
  };

  for (let round = 0, changed = true; changed && round < 1000; round++) {
    changed = false;
    for (const { total, parts } of relations) {
      const sum = (pick: (b: Bounds) => number, except?: number) =>
        parts.reduce(
          (acc, part, index) => (index === except ? acc : acc + pick(bounds.get(part)!)),
          0,
        );
      changed =
        narrow(
          total,
          sum((b) => b.lo),
          sum((b) => b.hi),
        ) || changed;
      parts.forEach((part, index) => {
        const t = bounds.get(total)!;
        const othersLo = sum((b) => b.lo, index);
        const othersHi = sum((b) => b.hi, index);
        changed = narrow(part, t.lo - othersHi, t.hi - othersLo) || changed;
      });
    }
  }
  return bounds;
}

/** A complementary cell picked as the smallest part is no larger than the parts still published. */
function pickedBelow<K extends string>(
  relationIndex: number | null,
  relations: readonly SumRelation<K>[],
  cells: Readonly<Record<K, CellInput>>,
  hidden: ReadonlyMap<K, Hidden>,
): number {
  if (relationIndex === null) return Infinity;
  const visible = relations[relationIndex].parts.filter((part) => !hidden.has(part));
  return visible.reduce((min, part) => Math.min(min, cells[part].value), Infinity);
}

/** Step 4: the smallest published part of a sum the exposed cell is in, else a published total. */
function complementFor<K extends string>(
  exposed: K,
  cells: Readonly<Record<K, CellInput>>,
  relations: readonly SumRelation<K>[],
  hidden: ReadonlyMap<K, Hidden>,
): { id: K; relation: number | null } | null {
  let best: { id: K; relation: number } | null = null;
  relations.forEach((relation, index) => {
    if (relation.total !== exposed && !relation.parts.includes(exposed)) return;
    for (const part of relation.parts) {
      if (part === exposed || hidden.has(part)) continue;
      if (!best || cells[part].value < cells[best.id].value) best = { id: part, relation: index };
    }
  });
  if (best) return best;
  const total = relations.find(
    (relation) => relation.parts.includes(exposed) && !hidden.has(relation.total),
  );
  if (total) return { id: total.total, relation: null };
  // The exposure comes through a chain of sums: hide the smallest published cell in any sum.
  const anyVisible = relations
    .flatMap((relation) => [relation.total, ...relation.parts])
    .filter((id) => !hidden.has(id))
    .sort((a, b) => cells[a].value - cells[b].value);
  return anyVisible.length > 0 ? { id: anyVisible[0], relation: null } : null;
}
