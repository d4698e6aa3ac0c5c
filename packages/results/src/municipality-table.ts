// A column of people counts per municipality with the region's total (and optionally a split of
// that total), suppressed as one table, each with its target and the % of it reached.
import type { MunicipalityRef } from './rows.js';
import {
  derive,
  suppressTable,
  type CellInput,
  type Published,
  type SumRelation,
} from './suppression.js';

export type TargetRow = {
  /** A count of people. */
  realised: Published;
  /** The target; null where none is set. */
  target: number | null;
  /** Realised as % of the target; null without a target above zero. */
  percentOfTarget: Published | null;
};

export type MunicipalityRow = MunicipalityRef & TargetRow;

export type MunicipalityTable<S extends string> = {
  /** In the order given (the API sorts by name, never by a figure: the order would leak sizes). */
  municipalities: MunicipalityRow[];
  /** All people of the region, against the sum of the targets that are set (null if none is). */
  total: TargetRow;
  split: Record<S, Published>;
};

export function municipalityTable<S extends string = never>(options: {
  rows: readonly { municipality: MunicipalityRef; count: number; target: number | null }[];
  /** Counts that add up to the total, e.g. full and partial exits. */
  split?: Record<S, number>;
}): MunicipalityTable<S> {
  const total = options.rows.reduce((sum, row) => sum + row.count, 0);
  const split = options.split ?? ({} as Record<S, number>);
  const splitIds = Object.keys(split) as S[];
  if (splitIds.length > 0 && splitIds.reduce((sum, id) => sum + split[id], 0) !== total) {
    throw new RangeError('The split does not add up to the total');
  }
  const rowId = (index: number) => `row:${index}`;
  const splitId = (id: S) => `split:${id}`;
  const cells: Record<string, CellInput> = { total: { kind: 'count', value: total } };
  options.rows.forEach((row, index) => (cells[rowId(index)] = { kind: 'count', value: row.count }));
  for (const id of splitIds) cells[splitId(id)] = { kind: 'count', value: split[id] };
  const relations: SumRelation<string>[] = [
    { total: 'total', parts: options.rows.map((_, index) => rowId(index)) },
  ];
  if (splitIds.length > 0) relations.push({ total: 'total', parts: splitIds.map(splitId) });
  const figures = suppressTable(cells, relations);

  const targetRow = (realised: Published, count: number, target: number | null): TargetRow => ({
    realised,
    target,
    percentOfTarget: target ? derive((count / target) * 100, [realised]) : null,
  });
  const targets = options.rows.flatMap((row) => (row.target === null ? [] : [row.target]));
  return {
    municipalities: options.rows.map((row, index) => ({
      code: row.municipality.code,
      name: row.municipality.name,
      ...targetRow(figures[rowId(index)], row.count, row.target),
    })),
    total: targetRow(
      figures.total,
      total,
      targets.length > 0 ? targets.reduce((sum, target) => sum + target, 0) : null,
    ),
    split: Object.fromEntries(splitIds.map((id) => [id, figures[splitId(id)]])) as Record<
      S,
      Published
    >,
  };
}
