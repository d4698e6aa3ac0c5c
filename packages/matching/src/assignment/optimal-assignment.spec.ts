import { denseOptimalUnits } from '../reference/dense-assignment.js';
import { mulberry32, randomInt, type Random } from '../reference/random.js';
import type { AssignmentResult } from './assignment-result.js';
import { graphFromEdges, type CandidateEdge, type CandidateGraph } from './candidate-graph.js';
import { checkOptimalityCertificate } from './certificate.js';
import { greedyAssignment } from './greedy.js';
import { optimalAssignment } from './optimal-assignment.js';

/** Exhaustive search over every assignment (dynamic programming over sets of used job-seekers). */
function bruteForceUnits(graph: CandidateGraph): number {
  const places: number[] = [];
  graph.openings.forEach((openings, vacancy) => {
    for (let p = 0; p < openings; p++) places.push(vacancy);
  });
  const memo = new Map<string, number>();
  const best = (place: number, used: number): number => {
    if (place === places.length) return 0;
    const key = `${place}:${used}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const vacancy = places[place];
    let value = best(place + 1, used);
    for (let e = graph.edgeStart[vacancy]; e < graph.edgeStart[vacancy + 1]; e++) {
      const seeker = graph.edgeSeeker[e];
      if (used & (1 << seeker)) continue;
      value = Math.max(value, graph.edgeUnits[e] + best(place + 1, used | (1 << seeker)));
    }
    memo.set(key, value);
    return value;
  };
  return best(0, 0);
}

function randomGraph(
  random: Random,
  size: { vacancies: number; seekers: number; maxUnits: number },
): CandidateGraph {
  const vacancies = Array.from({ length: size.vacancies }, (_, v) => ({
    id: `V${v}`,
    openings: randomInt(random, 0, 3),
  }));
  const edges: CandidateEdge[] = [];
  const density = 0.2 + random() * 0.6;
  for (const vacancy of vacancies) {
    for (let s = 0; s < size.seekers; s++) {
      if (random() < density)
        edges.push({
          vacancyId: vacancy.id,
          seekerId: `S${s}`,
          units: randomInt(random, 0, size.maxUnits),
        });
    }
  }
  return graphFromEdges(vacancies, edges);
}

/** The rules every assignment must keep: real edges, places per vacancy, one place per person. */
function expectFeasible(graph: CandidateGraph, result: AssignmentResult): void {
  const placesUsed = new Int32Array(graph.vacancyIds.length);
  const seekers = new Set<number>();
  let total = 0;
  for (const { vacancy, seeker, units } of result.pairs) {
    const edges = Array.from(
      { length: graph.edgeStart[vacancy + 1] - graph.edgeStart[vacancy] },
      (_, i) => graph.edgeStart[vacancy] + i,
    );
    const edge = edges.find((e) => graph.edgeSeeker[e] === seeker);
    expect(edge).toBeDefined();
    expect(units).toBe(graph.edgeUnits[edge as number]);
    expect(seekers.has(seeker)).toBe(false);
    seekers.add(seeker);
    placesUsed[vacancy]++;
    total += units;
  }
  placesUsed.forEach((used, vacancy) => expect(used).toBeLessThanOrEqual(graph.openings[vacancy]));
  expect(result.totalUnits).toBe(total);
}

describe(optimalAssignment.name, () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

  it.each(seeds)('reaches the brute-force optimum on random instance %d', (seed) => {
    const random = mulberry32(seed);
    const graph = randomGraph(random, {
      vacancies: randomInt(random, 1, 5),
      seekers: randomInt(random, 1, 9),
      // Small weights make many ties, large ones many distinct totals.
      maxUnits: seed % 2 === 0 ? 5 : 1_000_000,
    });
    const result = optimalAssignment(graph);
    expectFeasible(graph, result);
    expect(result.totalUnits).toBe(bruteForceUnits(graph));
  });

  it.each(seeds.slice(0, 40))(
    'reaches the dense Hungarian optimum on larger random instance %d',
    (seed) => {
      const random = mulberry32(1000 + seed);
      const graph = randomGraph(random, {
        vacancies: randomInt(random, 5, 25),
        seekers: randomInt(random, 5, 40),
        maxUnits: 1_000_000,
      });
      const result = optimalAssignment(graph);
      expectFeasible(graph, result);
      expect(result.totalUnits).toBe(denseOptimalUnits(graph));
      expect(checkOptimalityCertificate(graph, result)).toMatchObject({ optimal: true });
    },
  );

  it('beats greedy where taking the best edge first blocks a better pair', () => {
    const graph = graphFromEdges(
      [
        { id: 'V1', openings: 1 },
        { id: 'V2', openings: 1 },
      ],
      [
        { vacancyId: 'V1', seekerId: 'ann', units: 90 },
        { vacancyId: 'V1', seekerId: 'bob', units: 80 },
        { vacancyId: 'V2', seekerId: 'ann', units: 85 },
      ],
    );
    expect(greedyAssignment(graph).totalUnits).toBe(90);
    const optimal = optimalAssignment(graph);
    expect(optimal.totalUnits).toBe(165);
    expect(
      optimal.pairs.map(({ vacancy, seeker }) => [
        graph.vacancyIds[vacancy],
        graph.seekerIds[seeker],
      ]),
    ).toEqual([
      ['V1', 'bob'],
      ['V2', 'ann'],
    ]);
  });

  it('maximises the total score, not the number of places filled', () => {
    const graph = graphFromEdges(
      [
        { id: 'V1', openings: 1 },
        { id: 'V2', openings: 1 },
      ],
      [
        { vacancyId: 'V1', seekerId: 'ann', units: 100 },
        { vacancyId: 'V2', seekerId: 'ann', units: 1 },
        { vacancyId: 'V1', seekerId: 'bob', units: 0 },
      ],
    );
    const optimal = optimalAssignment(graph);
    expect(optimal.totalUnits).toBe(100);
    expect(optimal.pairs).toContainEqual({ vacancy: 0, seeker: 0, units: 100 });
  });

  it('fills several places of one vacancy and none of a vacancy with 0 openings', () => {
    const graph = graphFromEdges(
      [
        { id: 'V1', openings: 2 },
        { id: 'V2', openings: 0 },
      ],
      [
        { vacancyId: 'V1', seekerId: 'ann', units: 10 },
        { vacancyId: 'V1', seekerId: 'bob', units: 20 },
        { vacancyId: 'V1', seekerId: 'cem', units: 5 },
        { vacancyId: 'V2', seekerId: 'cem', units: 50 },
      ],
    );
    const optimal = optimalAssignment(graph);
    expect(optimal.totalUnits).toBe(30);
    expect(optimal.pairs.every(({ vacancy }) => vacancy === 0)).toBe(true);
  });

  it('handles a graph without edges', () => {
    const graph = graphFromEdges([{ id: 'V1', openings: 3 }], []);
    expect(optimalAssignment(graph)).toMatchObject({ pairs: [], totalUnits: 0 });
  });

  it('reports progress up to the number of places', () => {
    const graph = randomGraph(mulberry32(77), { vacancies: 30, seekers: 40, maxUnits: 1000 });
    const calls: [number, number][] = [];
    optimalAssignment(graph, { onProgress: (done, total) => calls.push([done, total]) });
    const places = optimalAssignment(graph).placeVacancy.length;
    expect(calls.at(-1)).toEqual([places, places]);
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1][0])).toBe(true);
  });

  it('gives the same answer every time', () => {
    const graph = randomGraph(mulberry32(78), { vacancies: 20, seekers: 20, maxUnits: 3 });
    expect(optimalAssignment(graph).pairs).toEqual(optimalAssignment(graph).pairs);
  });
});

describe(checkOptimalityCertificate.name, () => {
  const graph = randomGraph(mulberry32(90), { vacancies: 12, seekers: 15, maxUnits: 1000 });

  it('accepts the solver’s duals', () => {
    const result = optimalAssignment(graph);
    expect(checkOptimalityCertificate(graph, result)).toEqual({
      optimal: true,
      primalUnits: result.totalUnits,
      dualUnits: -result.totalUnits,
    });
  });

  it('rejects an assignment that leaves a better choice', () => {
    const result = optimalAssignment(graph);
    const placeSeeker = Int32Array.from(result.placeSeeker);
    const filled = placeSeeker.findIndex((seeker) => seeker >= 0);
    placeSeeker[filled] = -1;
    const worse = {
      ...result,
      placeSeeker,
      pairs: result.pairs.slice(1),
      totalUnits: result.totalUnits - result.pairs[0].units,
    };
    expect(checkOptimalityCertificate(graph, worse).optimal).toBe(false);
  });

  it('rejects duals that do not bound every edge', () => {
    const result = optimalAssignment(graph);
    const placeDual = result.placeDual.map((dual) => dual + 1);
    expect(checkOptimalityCertificate(graph, { ...result, placeDual }).optimal).toBe(false);
  });
});

describe(greedyAssignment.name, () => {
  it.each(Array.from({ length: 30 }, (_, i) => i + 1))(
    'is feasible and never beats optimal (instance %d)',
    (seed) => {
      const graph = randomGraph(mulberry32(500 + seed), {
        vacancies: 15,
        seekers: 20,
        maxUnits: 100,
      });
      const greedy = greedyAssignment(graph);
      expectFeasible(graph, greedy);
      expect(greedy.totalUnits).toBeLessThanOrEqual(optimalAssignment(graph).totalUnits);
    },
  );
});
