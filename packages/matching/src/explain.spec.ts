import { explainMatch } from './explain.js';
import { aSeeker, aVacancy, HILVERSUM, northOf, testConfig } from './testing/factories.js';

describe(explainMatch.name, () => {
  const config = testConfig();

  it('gives full points to a pair that fits on every factor', () => {
    const explanation = explainMatch(aSeeker(), aVacancy(), config);
    expect(explanation.score).toBe(100);
    expect(explanation.factors.map(({ factor, points }) => [factor, points])).toEqual([
      ['competence', 45],
      ['hours', 15],
      ['distance', 15],
      ['sector', 10],
      ['perspective', 15],
    ]);
  });

  it('weighs each asked competence by weight and requirement, and charges gaps per level', () => {
    const seeker = aSeeker({ competences: [{ code: 'A', level: 2 }] });
    const vacancy = aVacancy({
      competences: [
        { code: 'A', minLevel: 3, weight: 5, requirement: 'REQUIRED' },
        { code: 'B', minLevel: 4, weight: 2, requirement: 'WISHED' },
      ],
    });
    // A: credit 10 at fit 0.5; B: credit 2 at fit 0 (absent, 4 levels short) → 5 / 12.
    const competence = explainMatch(seeker, vacancy, config).factors[0];
    expect(competence).toEqual({ factor: 'competence', weight: 45, fit: 0.4167, points: 18.75 });
  });

  it('lists competences met and gaps with their size', () => {
    const seeker = aSeeker({
      competences: [
        { code: 'A', level: 5 },
        { code: 'B', level: 2 },
      ],
    });
    const vacancy = aVacancy({
      competences: [
        { code: 'A', minLevel: 3, weight: 5, requirement: 'REQUIRED' },
        { code: 'B', minLevel: 4, weight: 2, requirement: 'WISHED' },
        { code: 'C', minLevel: 2, weight: 1, requirement: 'WISHED' },
      ],
    });
    const explanation = explainMatch(seeker, vacancy, config);
    expect(explanation.competencesMet).toEqual([
      { code: 'A', level: 5, minLevel: 3, weight: 5, requirement: 'REQUIRED' },
    ]);
    expect(explanation.gaps).toEqual([
      {
        code: 'B',
        level: 2,
        minLevel: 4,
        gap: 2,
        weight: 2,
        requirement: 'WISHED',
        trainable: false,
      },
      {
        code: 'C',
        level: 0,
        minLevel: 2,
        gap: 2,
        weight: 1,
        requirement: 'WISHED',
        trainable: false,
      },
    ]);
  });

  it.each([
    ['the vacancy trains it on the job', { trainableCompetences: ['CERT_VCA'] }, () => false, true],
    ['the taxonomy calls it trainable', {}, (code: string) => code === 'CERT_VCA', true],
    ['neither says so', {}, () => false, false],
  ])('marks a gap trainable when %s', (_case, vacancyOverrides, isTrainable, trainable) => {
    const vacancy = aVacancy({
      competences: [{ code: 'CERT_VCA', minLevel: 5, weight: 3, requirement: 'WISHED' }],
      ...vacancyOverrides,
    });
    const explanation = explainMatch(aSeeker(), vacancy, testConfig({ isTrainable }));
    expect(explanation.gaps[0].trainable).toBe(trainable);
  });

  it('gives the distance, travel minutes and hours the portals draw', () => {
    const vacancy = aVacancy({
      ...northOf(HILVERSUM, 6),
      hoursMin: 20,
      hoursMax: 32,
      regionCode: 'AM14',
    });
    const explanation = explainMatch(
      aSeeker({ hoursAvailable: 24, maxTravelKm: 12 }),
      vacancy,
      config,
    );
    expect(explanation).toMatchObject({
      distanceKm: 6,
      travelMinutes: 33.2,
      transport: 'BICYCLE',
      maxTravelKm: 12,
      hoursAvailable: 24,
      hoursMin: 20,
      hoursMax: 32,
      sectorPreferred: true,
      seekerRegionCode: 'AM12',
      vacancyRegionCode: 'AM14',
    });
    expect(explanation.factors[2]).toEqual({
      factor: 'distance',
      weight: 15,
      fit: 0.5,
      points: 7.5,
    });
  });

  it('has factor points that add up to the score', () => {
    const seeker = aSeeker({ hoursAvailable: 19, clientProfile: 3, sectorPreferences: ['CARE'] });
    const vacancy = aVacancy({ ...northOf(HILVERSUM, 3.3), hoursMin: 16, hoursMax: 36 });
    const explanation = explainMatch(seeker, vacancy, config);
    const units = explanation.factors.reduce(
      (sum, factor) => sum + Math.round(factor.points * 10_000),
      0,
    );
    expect(Math.round(explanation.score * 10_000)).toBe(units);
  });

  it('is plain data that survives JSON', () => {
    const explanation = explainMatch(aSeeker(), aVacancy({ ...northOf(HILVERSUM, 2) }), config);
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });
});
