import { displayCount, displayFigure } from './display.js';
import {
  derive,
  published,
  suppressCount,
  suppressFigure,
  suppressTable,
  type CellInput,
  type Published,
  type SumRelation,
} from './suppression.js';

const count = (value: number): CellInput => ({ kind: 'count', value });
const hiddenSmall: Published = { value: null, suppression: 'SMALL_COUNT' };
const hiddenExtra: Published = { value: null, suppression: 'COMPLEMENTARY' };

/** A column of counts with its total: cells p0..pn and total. */
function column(values: readonly number[]) {
  const cells: Record<string, CellInput> = { total: count(values.reduce((a, b) => a + b, 0)) };
  values.forEach((value, index) => (cells[`p${index}`] = count(value)));
  const relations: SumRelation<string>[] = [
    { total: 'total', parts: values.map((_, index) => `p${index}`) },
  ];
  return { cells, relations };
}

describe(suppressCount.name, () => {
  it.each([
    [0, hiddenSmall],
    [1, hiddenSmall],
    [4, hiddenSmall],
    [5, published(5)],
    [214, published(214)],
  ])('publishes a count of %p people as %p', (value, expected) => {
    expect(suppressCount(value)).toEqual(expected);
  });

  it.each([-1, 2.5, Number.NaN])('throws a RangeError for %p', (value) => {
    expect(() => suppressCount(value)).toThrow(RangeError);
  });
});

describe(suppressFigure.name, () => {
  it.each([
    ['resting on nobody (nothing to reveal)', 0, 0, published(0)],
    ['resting on 1 person', 0.8, 1, hiddenSmall],
    ['resting on 4 people', 3.1, 4, hiddenSmall],
    ['resting on 5 people', 4.2, 5, published(4.2)],
  ])('publishes a figure %s accordingly', (_case, value, people, expected) => {
    expect(suppressFigure(value, people)).toEqual(expected);
  });
});

describe(derive.name, () => {
  it('publishes a figure whose inputs are all published', () => {
    expect(derive(91, [published(447)])).toEqual(published(91));
  });

  it('hides a figure when any input is hidden', () => {
    expect(derive(91, [published(447), hiddenSmall])).toEqual(hiddenExtra);
  });
});

describe(suppressTable.name, () => {
  it.each<[string, number[], (number | '<5' | 'x')[], number | '<5']>([
    ['publishes a column without small cells', [12, 7, 20], [12, 7, 20], 39],
    [
      'hides the smallest other cell next to one small cell',
      [3, 12, 7, 20],
      ['<5', 12, 'x', 20],
      42,
    ],
    [
      'leaves two small cells whose sum leaves room (3 + 2 = 5: each 1-4)',
      [3, 2, 10],
      ['<5', '<5', 10],
      15,
    ],
    ['hides more when two small cells would both be 4 (sum 8)', [4, 4, 10], ['<5', '<5', 'x'], 18],
    ['hides more when two small cells would both be 0 (sum 0)', [0, 0, 10], ['<5', '<5', 'x'], 10],
    [
      'hides another cell when the first complement leaves the small cell exact (0 next to 5)',
      [0, 5, 30],
      ['<5', 'x', 'x'],
      35,
    ],
    ['hides a total as small as its only cell', [3], ['<5'], '<5'],
    ['hides everything in a column of three people', [1, 2], ['<5', '<5'], '<5'],
  ])('%s', (_case, values, expectedCells, expectedTotal) => {
    const { cells, relations } = column(values);
    const result = suppressTable(cells, relations);
    expect(values.map((_, index) => displayCount(result[`p${index}`]))).toEqual(
      expectedCells.map(String),
    );
    expect(displayCount(result.total)).toBe(String(expectedTotal));
  });

  it('marks small cells SMALL_COUNT and the cells hidden to protect them COMPLEMENTARY', () => {
    const { cells, relations } = column([3, 12, 7, 20]);
    const result = suppressTable(cells, relations);
    expect(result.p0).toEqual(hiddenSmall);
    expect(result.p2).toEqual(hiddenExtra);
    expect(result.total).toEqual(published(42));
  });

  it('protects a small cell in a total that is also split in two', () => {
    // Municipalities 10, 3, 8 (total 21), split into 18 full and 3 partial exits.
    const result = suppressTable(
      {
        total: count(21),
        a: count(10),
        b: count(3),
        c: count(8),
        full: count(18),
        partial: count(3),
      },
      [
        { total: 'total', parts: ['a', 'b', 'c'] },
        { total: 'total', parts: ['full', 'partial'] },
      ],
    );
    expect(result).toEqual({
      total: published(21),
      a: published(10),
      b: hiddenSmall,
      c: hiddenExtra,
      full: hiddenExtra,
      partial: hiddenSmall,
    });
  });

  it('hides the other sector next to a figure resting on few people', () => {
    const result = suppressTable(
      {
        markt: { kind: 'figure', value: 20, people: 24 },
        overheid: { kind: 'figure', value: 1.5, people: 2 },
        total: { kind: 'figure', value: 21.5, people: 26 },
      },
      [{ total: 'total', parts: ['markt', 'overheid'] }],
    );
    expect(result).toEqual({ markt: hiddenExtra, overheid: hiddenSmall, total: published(21.5) });
  });

  it('publishes a sector nobody works in next to its total', () => {
    const result = suppressTable(
      {
        markt: { kind: 'figure', value: 20, people: 24 },
        overheid: { kind: 'figure', value: 0, people: 0 },
        total: { kind: 'figure', value: 20, people: 24 },
      },
      [{ total: 'total', parts: ['markt', 'overheid'] }],
    );
    expect(result).toEqual({ markt: published(20), overheid: published(0), total: published(20) });
  });

  it('throws a RangeError for a relation naming an unknown cell', () => {
    expect(() =>
      suppressTable({ total: count(5) }, [{ total: 'total', parts: ['missing' as 'total'] }]),
    ).toThrow(RangeError);
  });

  describe('against someone who knows the method and tries every value', () => {
    // A deterministic generator, so a failure can be replayed.
    let state = 20_260_930;
    const random = (max: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % (max + 1);
    };

    /**
     * Every value each hidden cell can take, given the published cells, "<5" (0-4) for small
     * counts, "x" (5 or more) for complementary ones, and the sums. Brute force over small tables.
     */
    function feasibleValues(
      cells: Record<string, CellInput>,
      relations: SumRelation<string>[],
      result: Record<string, Published>,
      limit: number,
    ): Map<string, Set<number>> {
      const hidden = Object.keys(cells).filter((id) => result[id].value === null);
      const options = hidden.map((id) =>
        Array.from({ length: limit + 1 }, (_, value) => value).filter((value) =>
          result[id].suppression === 'SMALL_COUNT' ? value < 5 : value >= 5,
        ),
      );
      const seen = new Map(hidden.map((id) => [id, new Set<number>()]));
      const assignment: Record<string, number> = {};
      for (const [id, figure] of Object.entries(result))
        if (figure.value !== null) assignment[id] = figure.value;
      const visit = (index: number) => {
        if (index === hidden.length) {
          const holds = relations.every(
            ({ total, parts }) =>
              parts.reduce((sum, part) => sum + assignment[part], 0) === assignment[total],
          );
          if (holds) hidden.forEach((id) => seen.get(id)!.add(assignment[id]));
          return;
        }
        for (const value of options[index]) {
          assignment[hidden[index]] = value;
          visit(index + 1);
        }
      };
      visit(0);
      return seen;
    }

    function expectNoHiddenCellRecoverable(
      cells: Record<string, CellInput>,
      relations: SumRelation<string>[],
    ) {
      const result = suppressTable(cells, relations);
      // Beyond the largest cell by more than a small count, so that no bound comes from the search itself.
      const limit = Object.values(cells).reduce((max, cell) => Math.max(max, cell.value), 0) + 9;
      for (const [id, values] of feasibleValues(cells, relations, result, limit)) {
        expect({ id, table: cells, possibleValues: values.size > 1 }).toEqual({
          id,
          table: cells,
          possibleValues: true,
        });
      }
    }

    it('never lets a hidden cell of a column be worked out (300 random columns)', () => {
      for (let table = 0; table < 300; table++) {
        const values = Array.from({ length: 1 + random(3) }, () => random(12));
        const { cells, relations } = column(values);
        expectNoHiddenCellRecoverable(cells, relations);
      }
    });

    it('never lets a hidden cell of a column with a split total be worked out (200 random tables)', () => {
      for (let table = 0; table < 200; table++) {
        const rows = [random(9), random(9)];
        const total = rows[0] + rows[1];
        const full = random(total);
        expectNoHiddenCellRecoverable(
          {
            total: count(total),
            a: count(rows[0]),
            b: count(rows[1]),
            full: count(full),
            partial: count(total - full),
          },
          [
            { total: 'total', parts: ['a', 'b'] },
            { total: 'total', parts: ['full', 'partial'] },
          ],
        );
      }
    });
  });
});

describe(displayCount.name, () => {
  it.each<[Published, string]>([
    [published(12), '12'],
    [published(0), '0'],
    [hiddenSmall, '<5'],
    [hiddenExtra, 'x'],
  ])('shows %p as %p', (figure, text) => {
    expect(displayCount(figure)).toBe(text);
  });
});

describe(displayFigure.name, () => {
  it.each<[Published, string]>([
    [published(31.745), '31,7'],
    [published(447), '447,0'],
    [published(-2.25), '-2,3'],
    [hiddenSmall, 'x'],
    [hiddenExtra, 'x'],
  ])('shows %p as %p', (figure, text) => {
    expect(displayFigure(figure)).toBe(text);
  });
});
