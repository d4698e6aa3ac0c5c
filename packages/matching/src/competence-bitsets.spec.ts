import { CompetenceBitsets } from './competence-bitsets.js';

const members = (set: Uint32Array | undefined, slots: number): number[] =>
  Array.from({ length: slots }, (_, slot) => slot).filter(
    (slot) => set !== undefined && (set[slot >>> 5] & (1 << (slot & 31))) !== 0,
  );

describe(CompetenceBitsets.name, () => {
  it('puts a person in the sets of every level up to theirs', () => {
    const bitsets = new CompetenceBitsets();
    bitsets.ensureSlots(40);
    bitsets.add(7, 3, 2);
    bitsets.add(7, 33, 5);
    expect([1, 2, 3, 4, 5].map((level) => members(bitsets.atLeast(7, level), 40))).toEqual([
      [3, 33],
      [3, 33],
      [33],
      [33],
      [33],
    ]);
  });

  it('takes a person out of every level', () => {
    const bitsets = new CompetenceBitsets();
    bitsets.ensureSlots(10);
    bitsets.add(0, 4, 4);
    bitsets.remove(0, 4);
    expect([1, 2, 3, 4, 5].map((level) => members(bitsets.atLeast(0, level), 10))).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('keeps its members when it grows', () => {
    const bitsets = new CompetenceBitsets();
    bitsets.ensureSlots(10);
    bitsets.add(2, 9, 3);
    bitsets.setFlag('CONSENT', 9, true);
    bitsets.ensureSlots(5000);
    bitsets.add(2, 4999, 1);
    expect(members(bitsets.atLeast(2, 1), 5000)).toEqual([9, 4999]);
    expect(members(bitsets.withFlag('CONSENT'), 5000)).toEqual([9]);
  });

  it('has no set for a competence no one has', () => {
    expect(new CompetenceBitsets().atLeast(3, 1)).toBeUndefined();
  });

  it('sets and clears flags', () => {
    const bitsets = new CompetenceBitsets();
    bitsets.ensureSlots(64);
    bitsets.setFlag('DOELGROEPREGISTER', 31, true);
    bitsets.setFlag('DOELGROEPREGISTER', 32, true);
    bitsets.setFlag('DOELGROEPREGISTER', 31, false);
    expect(members(bitsets.withFlag('DOELGROEPREGISTER'), 64)).toEqual([32]);
  });
});
