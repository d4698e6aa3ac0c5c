import { mulberry32 } from './reference/random.js';
import { TopK } from './top-k.js';

describe(TopK.name, () => {
  it('keeps the k best, best first, ties by id', () => {
    const ids = ['d', 'a', 'c', 'b', 'e'];
    const top = new TopK(3, ids);
    [10, 30, 30, 20, 30].forEach((units, slot) => top.offer(units, slot));
    expect(top.sorted().map(({ slot }) => ids[slot])).toEqual(['a', 'c', 'e']);
  });

  it('agrees with sorting everything, for many k', () => {
    const random = mulberry32(3);
    const ids = Array.from({ length: 300 }, (_, i) => `id${String(i).padStart(3, '0')}`);
    const units = ids.map(() => Math.floor(random() * 50));
    const expected = ids
      .map((_, slot) => slot)
      .sort((a, b) => units[b] - units[a] || (ids[a] < ids[b] ? -1 : 1));
    for (const k of [1, 2, 7, 64, 65, 299, 300, 1000]) {
      const top = new TopK(k, ids);
      units.forEach((value, slot) => top.offer(value, slot));
      expect(top.sorted().map(({ slot }) => slot)).toEqual(expected.slice(0, k));
    }
  });
});
