import { countBanenafspraakQuarters } from '@werkbrug/results';
import { REFERENCE_DATE } from './calendar.js';
import { generateDemoDataset, type DemoDataset } from './dataset.js';
import { demoRegion, type DemoRegionCode } from './regions.js';
import {
  generateResultsDemoData,
  largestRemainder,
  toResultPlacements,
  type ResultsDemoData,
} from './results.js';

describe(generateResultsDemoData.name, () => {
  let dataset: DemoDataset;
  let data: ResultsDemoData;
  beforeAll(() => {
    // The default scale: seed 003's figures (214 exits, 18 sheltered places) hold at this size.
    dataset = generateDemoDataset({ jobSeekersPerRegion: 2000 });
    data = generateResultsDemoData(dataset);
  });

  const people = () => new Map(dataset.jobSeekers.map((jobSeeker) => [jobSeeker.id, jobSeeker]));
  const municipalitiesOf = (code: DemoRegionCode) =>
    new Set(demoRegion(code).municipalities.map((municipality) => municipality.code));

  it('gives the same rows, ids included, on every run', () => {
    expect(generateResultsDemoData(dataset)).toEqual(data);
  });

  it('gives everyone flagged today exactly one open period of that flag, and nobody else', () => {
    const open = (flag: string) =>
      data.flagPeriods
        .filter((period) => period.flag === flag && period.validTo === null)
        .map((period) => period.jobSeekerId)
        .sort();
    const flagged = (has: (jobSeeker: DemoDataset['jobSeekers'][number]) => boolean) =>
      dataset.jobSeekers
        .filter(has)
        .map((jobSeeker) => jobSeeker.id)
        .sort();
    expect(open('DOELGROEPREGISTER')).toEqual(flagged((jobSeeker) => jobSeeker.doelgroepregister));
    expect(open('INDICATIE_BESCHUT_WERK')).toEqual(
      flagged((jobSeeker) => jobSeeker.indicatieBeschutWerk),
    );
  });

  it('lets some people outside the register today have left it while working', () => {
    const byId = people();
    const ended = data.flagPeriods.filter((period) => period.validTo !== null);
    expect(ended.length).toBeGreaterThan(5);
    for (const period of ended) {
      expect(byId.get(period.jobSeekerId)!.doelgroepregister).toBe(false);
      expect(period.validFrom <= period.validTo! && period.validTo! < REFERENCE_DATE).toBe(true);
    }
  });

  it('places only people with an indicatie and no other placement, on sheltered vacancies of their region', () => {
    const byId = people();
    const vacancies = new Map(dataset.vacancies.map((vacancy) => [vacancy.id, vacancy]));
    const employers = new Map(dataset.employers.map((employer) => [employer.id, employer]));
    const placedBefore = new Set(dataset.placements.map((placement) => placement.jobSeekerId));
    expect(data.shelteredPlacements.length).toBeGreaterThan(0);
    for (const placement of data.shelteredPlacements) {
      const jobSeeker = byId.get(placement.jobSeekerId)!;
      const region = employers.get(placement.employerId)!.regionCode as DemoRegionCode;
      expect(jobSeeker.indicatieBeschutWerk).toBe(true);
      expect(placedBefore.has(jobSeeker.id)).toBe(false);
      expect(vacancies.get(placement.vacancyId!)!.kind).toBe('SHELTERED');
      expect(municipalitiesOf(region).has(jobSeeker.municipalityCode)).toBe(true);
      if (placement.endDate) expect(placement.endDate > placement.startDate).toBe(true);
    }
    const placed = data.shelteredPlacements.map((placement) => placement.jobSeekerId);
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('has 18 people in sheltered places in Gooi en Vechtstreek on 31 December 2025, against 31 (seed 003)', () => {
    const gooi = municipalitiesOf('AM12');
    const byId = people();
    const working = data.shelteredPlacements.filter(
      (placement) =>
        gooi.has(byId.get(placement.jobSeekerId)!.municipalityCode) &&
        placement.startDate <= '2025-12-31' &&
        (placement.endDate === null || placement.endDate > '2025-12-31'),
    );
    expect(working).toHaveLength(18);
    const taakstelling = data.municipalityTargets
      .filter((target) => gooi.has(target.municipalityCode) && target.year === 2025)
      .reduce((sum, target) => sum + (target.beschutWerkTaakstelling ?? 0), 0);
    expect(taakstelling).toBe(31);
  });

  it('leaves Eemnes without a taakstelling', () => {
    const eemnes = data.municipalityTargets.filter(
      (target) => target.municipalityCode === 'GM0317',
    );
    expect(eemnes.map((target) => target.beschutWerkTaakstelling)).toEqual([null, null]);
  });

  it('lets 214 people in Hilversum leave benefit for work in 2024, and aims 25 % higher (267) after', () => {
    const hilversum2024 = data.benefitExits.filter(
      (exit) =>
        exit.municipalityCode === 'GM0402' &&
        exit.reason === 'WORK' &&
        exit.exitDate.startsWith('2024-'),
    );
    expect(hilversum2024).toHaveLength(214);
    const targets = data.municipalityTargets.filter(
      (target) => target.municipalityCode === 'GM0402',
    );
    expect(targets.map((target) => [target.year, target.uitstroomTarget])).toEqual([
      [2025, 267],
      [2026, 267],
    ]);
  });

  it('dates exits before the reference date, in the person’s municipality, once per person and day', () => {
    const byId = people();
    for (const exit of data.benefitExits) {
      expect(exit.exitDate < REFERENCE_DATE).toBe(true);
      expect(exit.municipalityCode).toBe(byId.get(exit.jobSeekerId)!.municipalityCode);
    }
    const keys = data.benefitExits.map((exit) => `${exit.jobSeekerId}:${exit.exitDate}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.benefitExits.some((exit) => exit.reason === 'OTHER')).toBe(true);
  });

  it('lets Gooi en Vechtstreek reach 91 % of its 2026 banenafspraak target in 2026-Q3 (seed 003)', () => {
    const [quarter] = countBanenafspraakQuarters({
      regionCode: 'AM12',
      fromQuarter: '2026-Q3',
      toQuarter: '2026-Q3',
      placements: toResultPlacements(dataset, [...dataset.placements, ...data.shelteredPlacements]),
      flagPeriods: data.flagPeriods.map((period) => ({ personId: period.jobSeekerId, ...period })),
      targets: data.regionTargets,
    }).quarters;
    expect(quarter.extra.total.jobs).toBeGreaterThan(20);
    expect(Math.round(quarter.percentOfTarget.total!)).toBe(91);
  });

  it('sets banenafspraak targets for 2024-2026 whose markt/overheid split adds up', () => {
    expect(data.regionTargets).toHaveLength(9);
    for (const target of data.regionTargets) {
      expect(Math.round((target.marktJobs! + target.overheidJobs!) * 10)).toBe(
        Math.round(target.jobs * 10),
      );
    }
  });
});

describe(largestRemainder.name, () => {
  it.each([
    [31, [992, 378, 239, 84, 41], [18, 7, 4, 1, 1]],
    [10, [1, 1, 1], [4, 3, 3]],
    [5, [0, 0], [0, 0]],
    [0, [3, 4], [0, 0]],
  ])('splits %p by %p as %p', (total, weights, shares) => {
    expect(largestRemainder(total, weights)).toEqual(shares);
  });
});
