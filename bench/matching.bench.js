// Benchmark of the matching engine against references on the same generated input, in one run.
// Usage: npm run bench:matching [-- --size small]   (see README.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildCandidateGraph,
  checkOptimalityCertificate,
  greedyAssignment,
  MatchingIndex,
  optimalAssignment,
  proposeAssignment,
} from '@werkbrug/matching';
import {
  denseOptimalUnits,
  generateSyntheticData,
  mulberry32,
  naiveTopSeekersForVacancy,
  naiveTopVacanciesForSeeker,
  sample,
} from '@werkbrug/matching/reference';
import {
  COMPETENCES,
  findCompetence,
  loadPostcodeCentroids,
  regionOfPc4,
} from '@werkbrug/reference-data';

const SIZES = {
  full: { seekers: 20_000, vacancies: 5_000, engineSamples: 300, naiveSamples: 40, edits: 200 },
  small: { seekers: 2_000, vacancies: 300, engineSamples: 100, naiveSamples: 20, edits: 50 },
};
const REGIONS = ['AM13', 'AM14', 'AM12']; // Midden-Utrecht, Amersfoort, Gooi en Vechtstreek: neighbours
const ASSIGNMENT_REGION = 'AM13';
const NOW = new Date('2026-03-02T09:00:00.000Z');
const SEED = 20260302;

const sizeArg = process.argv.indexOf('--size');
const sizeName = sizeArg >= 0 ? process.argv[sizeArg + 1] : 'full';
const size = SIZES[sizeName];
if (!size)
  throw new Error(`Unknown size '${sizeName}', use one of ${Object.keys(SIZES).join(', ')}`);

/** Queries run before measuring, so the timings are of warm (JIT-compiled) code, as in a running API. */
const WARM_UP = 1000;
const split = (items, at) => [items.slice(0, at), items.slice(at)];
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
function timings(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  return {
    n: times.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    meanMs: total / times.length,
  };
}
function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}
const round = (value, decimals = 3) =>
  Number.isFinite(value) ? Number(value.toFixed(decimals)) : value;
const sameRanking = (engine, naive) =>
  engine.length === naive.length &&
  engine.every(
    (suggestion, i) =>
      (suggestion.seekerId ?? suggestion.vacancyId) === naive[i].id &&
      suggestion.score === naive[i].score,
  );

const startLoad = loadavg().map((load) => round(load, 2));

// --- data --------------------------------------------------------------------------------------
const locations = loadPostcodeCentroids()
  .map((postcode) => ({ postcode, region: regionOfPc4(postcode.pc4) }))
  .filter(({ region }) => region !== null && REGIONS.includes(region.code))
  .map(({ postcode, region }) => ({
    regionCode: region.code,
    lat: postcode.lat,
    lon: postcode.lon,
  }));
const build = time(() =>
  generateSyntheticData({
    seed: SEED,
    seekers: size.seekers,
    vacancies: size.vacancies,
    competenceCodes: COMPETENCES.map((competence) => competence.code),
    locations,
    now: NOW,
    seekerCompetences: [20, 60],
    vacancyCompetences: [30, 50],
    requiredCompetences: [2, 5],
  }),
);
const { seekers, vacancies } = build.result;
const config = { now: () => NOW, isTrainable: (code) => findCompetence(code)?.trainable ?? false };
const indexed = time(() => MatchingIndex.build(seekers, vacancies, config));
const index = indexed.result;
const random = mulberry32(SEED);
const seekerById = new Map(seekers.map((seeker) => [seeker.id, seeker]));

const workloads = [];
function record(workload) {
  workloads.push(workload);
}

// --- W1: top-20 job-seekers for one vacancy ------------------------------------------------------
{
  const openVacancies = vacancies.filter((vacancy) => vacancy.openings > 0);
  const [engineSample, warmUp] = split(
    sample(random, openVacancies, size.engineSamples + WARM_UP),
    size.engineSamples,
  );
  const naiveSample = engineSample.slice(0, size.naiveSamples);
  for (const vacancy of warmUp) index.topSeekersForVacancy(vacancy.id, 20);
  const engineTimes = engineSample.map(
    (vacancy) => time(() => index.topSeekersForVacancy(vacancy.id, 20)).ms,
  );
  let identical = true;
  const naiveTimes = naiveSample.map((vacancy) => {
    const naive = time(() => naiveTopSeekersForVacancy(seekers, vacancy, 20, index.config));
    identical &&= sameRanking(index.topSeekersForVacancy(vacancy.id, 20), naive.result);
    return naive.ms;
  });
  const engine = timings(engineTimes);
  const naive = timings(naiveTimes);
  record({
    id: 'W1',
    name: 'top-20 job-seekers for a vacancy',
    engine,
    references: { naive },
    ratios: { naiveMean: naive.meanMs / engine.meanMs, naiveP95: naive.p95Ms / engine.p95Ms },
    identical,
  });
}

// --- W2: top-10 vacancies for one job-seeker ------------------------------------------------------
{
  const [engineSample, warmUp] = split(
    sample(random, seekers, size.engineSamples + WARM_UP),
    size.engineSamples,
  );
  const naiveSample = engineSample.slice(0, size.naiveSamples);
  for (const seeker of warmUp) index.topVacanciesForSeeker(seeker.id, 10);
  const engineTimes = engineSample.map(
    (seeker) => time(() => index.topVacanciesForSeeker(seeker.id, 10)).ms,
  );
  let identical = true;
  const naiveTimes = naiveSample.map((seeker) => {
    const naive = time(() => naiveTopVacanciesForSeeker(vacancies, seeker, 10, index.config));
    identical &&= sameRanking(index.topVacanciesForSeeker(seeker.id, 10), naive.result);
    return naive.ms;
  });
  const engine = timings(engineTimes);
  const naive = timings(naiveTimes);
  record({
    id: 'W2',
    name: 'top-10 vacancies for a job-seeker',
    engine,
    references: { naive },
    ratios: { naiveMean: naive.meanMs / engine.meanMs, naiveP95: naive.p95Ms / engine.p95Ms },
    identical,
  });
}

// --- W3: full re-match, top-10 for every vacancy (rankings; explanations are made when shown) ---------
{
  const full = time(() =>
    vacancies.map((vacancy) => index.topSeekerScoresForVacancy(vacancy.id, 10)),
  );
  const pairs = seekers.length * vacancies.length;
  const naiveSample = sample(random, vacancies, size.naiveSamples);
  let identical = true;
  const naiveMs = naiveSample.reduce((sum, vacancy) => {
    const naive = time(() => naiveTopSeekersForVacancy(seekers, vacancy, 10, index.config));
    const position = vacancies.indexOf(vacancy);
    identical &&= sameRanking(full.result[position], naive.result);
    return sum + naive.ms;
  }, 0);
  const naiveExtrapolatedMs = (naiveMs / naiveSample.length) * vacancies.length;
  record({
    id: 'W3',
    name: 'full re-match: top-10 for every vacancy (scores only)',
    engine: { totalMs: full.ms, nsPerPair: (full.ms * 1e6) / pairs, pairs },
    references: {
      naive: {
        sampled: naiveSample.length,
        extrapolatedTotalMs: naiveExtrapolatedMs,
        nsPerPair: (naiveExtrapolatedMs * 1e6) / pairs,
      },
    },
    ratios: { naive: naiveExtrapolatedMs / full.ms },
    identical,
  });
}

// --- W4: regional assignment ------------------------------------------------------------------------
{
  const topK = index.config.assignmentTopK;
  const graph = time(() => buildCandidateGraph(index, { regionCode: ASSIGNMENT_REGION, topK }));
  const optimal = time(() => optimalAssignment(graph.result));
  const greedy = time(() => greedyAssignment(graph.result));
  const certificate = time(() => checkOptimalityCertificate(graph.result, optimal.result));
  const endToEnd = time(() => proposeAssignment(index, { regionCode: ASSIGNMENT_REGION, topK }));
  const places = optimal.result.placeVacancy.length;
  const references = {
    greedy: { solveMs: greedy.ms, totalScore: greedy.result.totalUnits / 10_000 },
  };
  let identical =
    certificate.result.optimal &&
    Math.round(endToEnd.result.totalScore * 10_000) === optimal.result.totalUnits;
  if (places <= 400) {
    const dense = time(() => denseOptimalUnits(graph.result));
    references.denseHungarian = { solveMs: dense.ms, totalScore: dense.result / 10_000 };
    identical &&= dense.result === optimal.result.totalUnits;
  }
  record({
    id: 'W4',
    name: `assignment, region ${ASSIGNMENT_REGION} (top-${topK} graph)`,
    engine: {
      candidateGraphMs: graph.ms,
      solveMs: optimal.ms,
      certificateMs: certificate.ms,
      endToEndMs: endToEnd.ms,
      places,
      placesFilled: optimal.result.pairs.length,
      edges: graph.result.edgeSeeker.length,
      totalScore: optimal.result.totalUnits / 10_000,
      certifiedOptimal: certificate.result.optimal,
    },
    references,
    ratios: {
      gainOverGreedy: (optimal.result.totalUnits - greedy.result.totalUnits) / 10_000,
      gainOverGreedyPercent:
        (100 * (optimal.result.totalUnits - greedy.result.totalUnits)) /
        Math.max(1, greedy.result.totalUnits),
      ...(references.denseHungarian
        ? { denseHungarian: references.denseHungarian.solveMs / optimal.ms }
        : {}),
    },
    identical,
  });
}

// --- W9: one profile edited → its rankings fresh ---------------------------------------------------
{
  const edited = sample(random, seekers, size.edits);
  const donors = sample(random, seekers, size.edits);
  let identical = true;
  const times = edited.map((seeker, i) => {
    const changed = {
      ...donors[i],
      id: seeker.id,
      regionCode: seeker.regionCode,
      lat: seeker.lat,
      lon: seeker.lon,
    };
    const update = time(() => {
      index.upsertSeeker(changed);
      return index.topVacanciesForSeeker(changed.id, 10);
    });
    seekerById.set(changed.id, changed);
    if (i < size.naiveSamples)
      identical &&= sameRanking(
        update.result,
        naiveTopVacanciesForSeeker(vacancies, changed, 10, index.config),
      );
    return update.ms;
  });
  // A vacancy's ranking after all edits must equal the naive ranking over the edited population.
  const population = [...seekerById.values()];
  for (const vacancy of sample(random, vacancies, Math.min(10, size.naiveSamples))) {
    identical &&= sameRanking(
      index.topSeekersForVacancy(vacancy.id, 20),
      naiveTopSeekersForVacancy(population, vacancy, 20, index.config),
    );
  }
  record({
    id: 'W9',
    name: 'profile edited → upsert + its top-10',
    engine: timings(times),
    references: {},
    ratios: {},
    identical,
  });
}

// --- report ------------------------------------------------------------------------------------
const summary = {
  size: sizeName,
  // Timings are wall-clock; on a shared machine compare them with the load while it ran.
  machine: {
    cpus: cpus().length,
    loadAverageAtStart: startLoad,
    loadAverageAtEnd: loadavg().map((load) => round(load, 2)),
    cpuSeconds: round(process.cpuUsage().user / 1e6, 1),
  },
  seekers: seekers.length,
  vacancies: vacancies.length,
  competences: COMPETENCES.length,
  regions: REGIONS,
  node: process.version,
  generateMs: round(build.ms),
  indexBuildMs: round(indexed.ms),
  workloads: workloads.map((workload) =>
    JSON.parse(
      JSON.stringify(workload, (_key, value) => (typeof value === 'number' ? round(value) : value)),
    ),
  ),
};
const here = dirname(fileURLToPath(import.meta.url));
mkdirSync(join(here, 'results'), { recursive: true });
const file = join(
  here,
  'results',
  sizeName === 'full' ? 'matching.json' : `matching-${sizeName}.json`,
);
// Short arrays on one line, as Prettier writes them, so `npm run format:check` passes.
const json = JSON.stringify(summary, null, 2).replace(
  /\[\s+([^[\]{}]*?)\s+\]/g,
  (_match, items) => `[${items.split(/,\s+/).join(', ')}]`,
);
writeFileSync(file, `${json}\n`);

const describe = (workload) => {
  const e = workload.engine;
  switch (workload.id) {
    case 'W1':
    case 'W2':
      return [
        `p50 ${round(e.p50Ms)} ms, p95 ${round(e.p95Ms)} ms`,
        `naive p50 ${round(workload.references.naive.p50Ms, 1)} ms, p95 ${round(workload.references.naive.p95Ms, 1)} ms`,
        `${round(workload.ratios.naiveMean, 0)}× (mean)`,
      ];
    case 'W3':
      return [
        `${round(e.totalMs, 0)} ms, ${round(e.nsPerPair, 2)} ns/pair`,
        `naive ≈ ${round(workload.references.naive.extrapolatedTotalMs / 1000, 1)} s (extrapolated)`,
        `${round(workload.ratios.naive, 0)}×`,
      ];
    case 'W4':
      return [
        `graph ${round(e.candidateGraphMs, 0)} ms + solve ${round(e.solveMs, 1)} ms; end to end ${round(e.endToEndMs, 0)} ms; ${e.placesFilled}/${e.places} places; total ${e.totalScore}`,
        `greedy total ${workload.references.greedy.totalScore}${workload.references.denseHungarian ? `; dense Hungarian ${round(workload.references.denseHungarian.solveMs, 0)} ms` : ''}`,
        `+${round(workload.ratios.gainOverGreedy, 1)} points (${round(workload.ratios.gainOverGreedyPercent, 2)} %) over greedy; certificate ${e.certifiedOptimal ? 'ok' : 'FAILED'}`,
      ];
    default:
      return [`p50 ${round(e.p50Ms)} ms, p95 ${round(e.p95Ms)} ms`, '', ''];
  }
};
const rows = [
  ['', 'workload', 'engine', 'reference', 'ratio', 'identical'],
  ...workloads.map((w) => [w.id, w.name, ...describe(w), w.identical ? 'yes' : 'NO']),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join(' | ');
process.stdout.write(
  [
    `Werkbrug matching benchmark (${sizeName}): ${seekers.length} job-seekers, ${vacancies.length} vacancies, ${COMPETENCES.length} competences, regions ${REGIONS.join(', ')}`,
    `generated in ${round(build.ms, 0)} ms, indexed in ${round(indexed.ms, 0)} ms, ${process.version}, ${cpus().length} CPUs, load average ${startLoad.join(' / ')} at start`,
    '',
    line(rows[0]),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...rows.slice(1).map(line),
    '',
    `written to ${file}`,
    '',
  ].join('\n'),
);
if (workloads.some((workload) => !workload.identical)) {
  process.exitCode = 1;
}
