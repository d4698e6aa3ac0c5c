import { MatchingIndex } from '../matching-index.js';
import { denseOptimalUnits } from '../reference/dense-assignment.js';
import { aSeeker, aVacancy, HILVERSUM, northOf, NOW } from '../testing/factories.js';
import { smallInstance } from '../testing/instances.js';
import { buildCandidateGraph } from './candidate-graph.js';
import { proposeAssignment } from './propose-assignment.js';

const now = () => NOW;

describe(proposeAssignment.name, () => {
  it.each([31, 32, 33, 34])(
    'proposes the dense solver’s optimum on generated region %d',
    (seed) => {
      const { seekers, vacancies } = smallInstance(seed, { seekers: 160, vacancies: 30 });
      const index = MatchingIndex.build(seekers, vacancies, { now });
      const proposal = proposeAssignment(index, { regionCode: 'AM12', topK: 6 });
      const graph = buildCandidateGraph(index, { regionCode: 'AM12', topK: 6 });
      expect(Math.round(proposal.totalScore * 10_000)).toBe(denseOptimalUnits(graph));
      expect(proposal.placesFilled).toBeGreaterThan(0);
    },
  );

  it('keeps to the hard filters, one place per person and the openings', () => {
    const { seekers, vacancies } = smallInstance(35);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    const proposal = proposeAssignment(index, { regionCode: 'AM14' });
    const people = proposal.pairs.map((pair) => pair.seekerId);
    expect(new Set(people).size).toBe(people.length);
    for (const pair of proposal.pairs) {
      expect(index.explainExclusion(pair.seekerId, pair.vacancyId)).toEqual([]);
      expect(index.vacancy(pair.vacancyId).regionCode).toBe('AM14');
      expect(index.seeker(pair.seekerId).regionCode).toBe('AM14');
      expect(pair.explanation.score).toBe(pair.score);
      expect(
        proposal.pairs.filter((other) => other.vacancyId === pair.vacancyId).length,
      ).toBeLessThanOrEqual(index.vacancy(pair.vacancyId).openings);
    }
  });

  it('reports the gain over greedy', () => {
    const { seekers, vacancies } = smallInstance(36);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    const proposal = proposeAssignment(index, { regionCode: 'AM12', topK: 3 });
    expect(proposal.totalScore).toBeGreaterThanOrEqual(proposal.greedyTotalScore);
    expect(proposal.gain).toBeCloseTo(proposal.totalScore - proposal.greedyTotalScore, 6);
  });

  it('takes people from across the border only when asked', () => {
    const vacancy = aVacancy({ regionCode: 'AM12' });
    const neighbour = aSeeker({ regionCode: 'AM14', ...northOf(HILVERSUM, 5) });
    const index = MatchingIndex.build([neighbour], [vacancy], { now });
    expect(proposeAssignment(index, { regionCode: 'AM12' }).pairs).toEqual([]);
    const across = proposeAssignment(index, { regionCode: 'AM12', includeOtherRegions: true });
    expect(across.pairs.map((pair) => pair.seekerId)).toEqual([neighbour.id]);
  });

  it('reports progress from 0 to done', () => {
    const { seekers, vacancies } = smallInstance(37);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    const calls: [number, number][] = [];
    proposeAssignment(index, {
      regionCode: 'AM12',
      onProgress: (done, total) => calls.push([done, total]),
    });
    const total = calls[0][1];
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(calls.every(([done], i) => i === 0 || done >= calls[i - 1][0])).toBe(true);
    expect(calls.at(-1)).toEqual([total, total]);
  });

  it('proposes nothing for a region without vacancies', () => {
    const index = MatchingIndex.build([aSeeker()], [aVacancy()], { now });
    expect(proposeAssignment(index, { regionCode: 'AM99' })).toMatchObject({
      pairs: [],
      places: 0,
      totalScore: 0,
    });
  });

  it('counts the places and the candidates', () => {
    const vacancy = aVacancy({ openings: 3 });
    const index = MatchingIndex.build(
      [aSeeker(), aSeeker()],
      [vacancy, aVacancy({ openings: 0 })],
      { now },
    );
    expect(proposeAssignment(index, { regionCode: 'AM12' })).toMatchObject({
      places: 3,
      placesFilled: 2,
      vacancies: 1,
      candidates: 2,
      candidateEdges: 2,
    });
  });
});
