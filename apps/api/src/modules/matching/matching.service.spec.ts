import { topKept } from './matching.service.js';

describe(topKept.name, () => {
  const ranking = (items: number[]) => {
    const asked: number[] = [];
    return { asked, rank: (n: number) => (asked.push(n), items.slice(0, n)) };
  };

  it('is the first k kept items of the whole ranking', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const { rank } = ranking(items);
    expect(topKept(3, rank, (i) => i % 10 === 9, items.length)).toEqual([9, 19, 29]);
  });

  it('asks once when the first k are all kept', () => {
    const { asked, rank } = ranking([1, 2, 3, 4]);
    expect(topKept(2, rank, () => true, 4)).toEqual([1, 2]);
    expect(asked).toEqual([2]);
  });

  it('stops when the ranking runs out', () => {
    const { rank } = ranking([1, 2, 3, 4, 5]);
    expect(topKept(3, rank, (i) => i === 4, 1000)).toEqual([4]);
  });

  it('never asks for more than there are', () => {
    const { asked, rank } = ranking([1, 2, 3]);
    expect(topKept(20, rank, () => false, 3)).toEqual([]);
    expect(Math.max(...asked)).toBeLessThanOrEqual(3);
  });

  it('asks for at least one when the index is empty', () => {
    const { asked, rank } = ranking([]);
    expect(topKept(5, rank, () => true, 0)).toEqual([]);
    expect(asked).toEqual([1]);
  });
});
