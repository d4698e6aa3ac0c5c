import { MatchingIndex, proposeAssignment } from '@werkbrug/matching';
import { discLocations, generateSyntheticData, mulberry32 } from '@werkbrug/matching/reference';
import { AssignmentRunStopped, gainPercent, runAssignment } from './assignment-run.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const CODES = Array.from({ length: 24 }, (_, i) => `C${String(i).padStart(2, '0')}`);

function region(seed: number): MatchingIndex {
  const random = mulberry32(seed);
  const locations = [
    ...discLocations(random, 'AM12', { lat: 52.23, lon: 5.17 }, 12, 20),
    ...discLocations(random, 'AM14', { lat: 52.16, lon: 5.39 }, 12, 20),
  ];
  const { seekers, vacancies } = generateSyntheticData({
    seed,
    seekers: 200,
    vacancies: 40,
    competenceCodes: CODES,
    locations,
    now: NOW,
    seekerCompetences: [4, 14],
    vacancyCompetences: [0, 8],
    requiredCompetences: [0, 2],
  });
  return MatchingIndex.build(seekers, vacancies, { now: () => NOW });
}

describe(runAssignment.name, () => {
  it.each([
    [11, false],
    [12, false],
    [13, true],
  ])(
    'on generated data (seed %d, other regions %p) equals the engine’s proposeAssignment',
    async (seed, includeOtherRegions) => {
      const index = region(seed);
      const chunked = await runAssignment(index, {
        regionCode: 'AM12',
        includeOtherRegions,
        chunkSize: 7,
      });
      const engine = proposeAssignment(index, { regionCode: 'AM12', includeOtherRegions });
      expect(chunked).toEqual(engine);
      expect(chunked.placesFilled).toBeGreaterThan(0);
    },
  );

  it('reports progress that only rises, ending below 1 before the solver runs', async () => {
    const seen: number[] = [];
    await runAssignment(region(14), {
      regionCode: 'AM12',
      includeOtherRegions: false,
      chunkSize: 5,
      onProgress: (f) => void seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBeCloseTo(0.9, 10);
  });

  it('yields to the event loop between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await runAssignment(region(15), {
      regionCode: 'AM12',
      includeOtherRegions: false,
      chunkSize: 1,
    });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops between chunks when asked', async () => {
    await expect(
      runAssignment(region(16), {
        regionCode: 'AM12',
        includeOtherRegions: false,
        shouldStop: () => true,
      }),
    ).rejects.toBeInstanceOf(AssignmentRunStopped);
  });

  it('leaves out a vacancy removed while the run was under way', async () => {
    const index = region(17);
    const [first, ...rest] = index
      .vacancyIdsInRegion('AM12')
      .filter((id) => index.vacancy(id).openings > 0);
    const proposal = await runAssignment(index, {
      regionCode: 'AM12',
      includeOtherRegions: false,
      chunkSize: 3,
      onProgress: () => void index.removeVacancy(first!),
    });
    expect(proposal.pairs.map((pair) => pair.vacancyId)).not.toContain(first);
    expect(rest.length).toBeGreaterThan(0);
  });
});

describe(gainPercent.name, () => {
  it.each([
    [110, 100, 10],
    [100, 100, 0],
    [0, 0, 0],
    [12.5, 12, 4.17],
  ])('of %d over greedy %d is %d %%', (total, greedy, expected) => {
    expect(gainPercent(total, greedy)).toBe(expected);
  });
});
