import { MatchingError } from './errors.js';
import { explainMatch } from './explain.js';
import { MatchingIndex } from './matching-index.js';
import { DAY_MS } from './filters.js';
import {
  naiveTopSeekersForVacancy,
  naiveTopVacanciesForSeeker,
} from './reference/naive-matcher.js';
import { aSeeker, aVacancy, HILVERSUM, northOf, NOW } from './testing/factories.js';
import { smallInstance } from './testing/instances.js';
import type { SeekerQueryFilters, VacancyQueryFilters } from './types.js';

const now = () => NOW;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

const ranked = (suggestions: { seekerId?: string; vacancyId?: string; score: number }[]) =>
  suggestions.map((suggestion) => ({
    id: suggestion.seekerId ?? suggestion.vacancyId,
    score: suggestion.score,
  }));

describe('MatchingIndex.topSeekersForVacancy', () => {
  it.each(SEEDS)('ranks like the naive reference on generated instance %d', (seed) => {
    const { seekers, vacancies } = smallInstance(seed);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const vacancy of vacancies) {
      const expected = naiveTopSeekersForVacancy(seekers, vacancy, 10, index.config);
      expect(ranked(index.topSeekersForVacancy(vacancy.id, 10))).toEqual(expected);
    }
  });

  it.each([0.3, 2, 40])('gives the same full rankings with grid cells of %d km', (gridCellKm) => {
    const { seekers, vacancies } = smallInstance(42);
    const index = MatchingIndex.build(seekers, vacancies, { now, gridCellKm });
    for (const vacancy of vacancies) {
      const expected = naiveTopSeekersForVacancy(seekers, vacancy, seekers.length, index.config);
      expect(ranked(index.topSeekersForVacancy(vacancy.id, seekers.length))).toEqual(expected);
    }
  });

  it.each<[string, SeekerQueryFilters]>([
    ['one region', { regionCodes: ['AM14'] }],
    ['a tighter distance', { maxDistanceKm: 4 }],
    ['a minimum score', { minScore: 55 }],
    ['doelgroepregister only', { doelgroepregisterOnly: true }],
    [
      'people excluded by id',
      { excludeSeekerIds: ['S000', 'S001', 'S002', 'S003', 'S004', 'S005', 'unknown'] },
    ],
  ])('applies the filter %s like the naive reference', (_case, filters) => {
    const { seekers, vacancies } = smallInstance(9);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const vacancy of vacancies) {
      const expected = naiveTopSeekersForVacancy(seekers, vacancy, 20, index.config, filters);
      expect(ranked(index.topSeekersForVacancy(vacancy.id, 20, filters))).toEqual(expected);
    }
  });

  it('returns the score its explanation gives', () => {
    const { seekers, vacancies } = smallInstance(10);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    const suggestions = vacancies.flatMap((vacancy) => index.topSeekersForVacancy(vacancy.id, 5));
    expect(suggestions.length).toBeGreaterThan(20);
    for (const suggestion of suggestions)
      expect(suggestion.explanation.score).toBe(suggestion.score);
  });

  it('explains a suggestion exactly as explainMatch does on the plain inputs', () => {
    const { seekers, vacancies } = smallInstance(14);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const vacancy of vacancies) {
      for (const suggestion of index.topSeekersForVacancy(vacancy.id, 3)) {
        const seeker = index.seeker(suggestion.seekerId);
        expect(suggestion.explanation).toEqual(explainMatch(seeker, vacancy, index.config));
      }
    }
  });

  it('gives the same ranking without explanations', () => {
    const { seekers, vacancies } = smallInstance(15);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const vacancy of vacancies) {
      const explained = index
        .topSeekersForVacancy(vacancy.id, 10)
        .map(({ seekerId, score }) => ({ seekerId, score }));
      expect(index.topSeekerScoresForVacancy(vacancy.id, 10)).toEqual(explained);
    }
  });

  it('suggests exactly the people explainExclusion finds no reason against', () => {
    const { seekers, vacancies } = smallInstance(11);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const vacancy of vacancies.slice(0, 15)) {
      const suggested = new Set(
        index.topSeekersForVacancy(vacancy.id, seekers.length).map((s) => s.seekerId),
      );
      for (const seeker of seekers) {
        expect(index.explainExclusion(seeker.id, vacancy.id).length === 0).toBe(
          suggested.has(seeker.id),
        );
      }
    }
  });

  it('breaks ties by id', () => {
    const vacancy = aVacancy();
    const index = MatchingIndex.build(
      ['b', 'c', 'a'].map((id) => aSeeker({ id })),
      [vacancy],
      { now },
    );
    expect(index.topSeekersForVacancy(vacancy.id, 3).map((s) => s.seekerId)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('looks across the region border when the distance allows', () => {
    const vacancy = aVacancy({ regionCode: 'AM12' });
    const neighbour = aSeeker({ regionCode: 'AM14', ...northOf(HILVERSUM, 9) });
    const index = MatchingIndex.build([neighbour], [vacancy], { now });
    expect(index.topSeekersForVacancy(vacancy.id, 5).map((s) => s.seekerId)).toEqual([
      neighbour.id,
    ]);
    expect(index.topSeekersForVacancy(vacancy.id, 5, { regionCodes: ['AM12'] })).toEqual([]);
  });

  it('suggests no one for a vacancy with 0 openings', () => {
    const vacancy = aVacancy({ openings: 0 });
    const index = MatchingIndex.build([aSeeker()], [vacancy], { now });
    expect(index.topSeekersForVacancy(vacancy.id, 5)).toEqual([]);
  });

  it('drops a person from the suggestions once their consent expires, without a re-index', () => {
    let clock = NOW;
    const expiring = aSeeker({ consentExpiresAt: new Date(NOW.getTime() + DAY_MS) });
    const lasting = aSeeker();
    const vacancy = aVacancy();
    const index = MatchingIndex.build([expiring, lasting], [vacancy], { now: () => clock });
    expect(
      index
        .topSeekersForVacancy(vacancy.id, 5)
        .map((s) => s.seekerId)
        .sort(),
    ).toEqual([expiring.id, lasting.id].sort());
    clock = new Date(NOW.getTime() + DAY_MS);
    expect(index.topSeekersForVacancy(vacancy.id, 5).map((s) => s.seekerId)).toEqual([lasting.id]);
    expect(index.explainExclusion(expiring.id, vacancy.id).map((reason) => reason.code)).toEqual([
      'CONSENT_EXPIRED',
    ]);
  });

  it('leaves out a person already placed when the caller excludes them', () => {
    const placed = aSeeker();
    const other = aSeeker();
    const vacancy = aVacancy();
    const index = MatchingIndex.build([placed, other], [vacancy], { now });
    const suggested = index.topSeekersForVacancy(vacancy.id, 5, { excludeSeekerIds: [placed.id] });
    expect(suggested.map((s) => s.seekerId)).toEqual([other.id]);
  });

  it('finds candidates through a rare REQUIRED competence', () => {
    const rare = aSeeker({ competences: [{ code: 'CERT_FORKLIFT', level: 5 }] });
    const others = Array.from({ length: 50 }, () => aSeeker());
    const vacancy = aVacancy({
      competences: [{ code: 'CERT_FORKLIFT', minLevel: 5, weight: 5, requirement: 'REQUIRED' }],
    });
    const index = MatchingIndex.build([rare, ...others], [vacancy], { now });
    expect(index.topSeekersForVacancy(vacancy.id, 10).map((s) => s.seekerId)).toEqual([rare.id]);
  });

  it.each([
    [
      'an unknown vacancy',
      (index: MatchingIndex) => index.topSeekersForVacancy('nope', 5),
      'UNKNOWN_VACANCY',
    ],
    ['k = 0', (index: MatchingIndex) => index.topSeekersForVacancy('v', 0), 'INVALID_QUERY'],
    [
      'a fractional k',
      (index: MatchingIndex) => index.topSeekersForVacancy('v', 2.5),
      'INVALID_QUERY',
    ],
    [
      'a negative distance',
      (index: MatchingIndex) => index.topSeekersForVacancy('v', 5, { maxDistanceKm: -1 }),
      'INVALID_QUERY',
    ],
  ])('rejects %s', (_case, query, code) => {
    const index = MatchingIndex.build([aSeeker()], [aVacancy({ id: 'v' })], { now });
    expect(() => query(index)).toThrow(expect.objectContaining({ code }) as MatchingError);
  });
});

describe('MatchingIndex.topVacanciesForSeeker', () => {
  it.each(SEEDS)('ranks like the naive reference on generated instance %d', (seed) => {
    const { seekers, vacancies } = smallInstance(seed);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const seeker of seekers) {
      const expected = naiveTopVacanciesForSeeker(vacancies, seeker, 10, index.config);
      expect(ranked(index.topVacanciesForSeeker(seeker.id, 10))).toEqual(expected);
    }
  });

  it.each<[string, VacancyQueryFilters]>([
    ['one region', { regionCodes: ['AM12'] }],
    ['some kinds', { kinds: ['GARANTIEBAAN', 'WORK_LEARN'] }],
    ['a tighter distance', { maxDistanceKm: 3 }],
    ['a minimum score', { minScore: 50 }],
    ['vacancies excluded by id', { excludeVacancyIds: ['V000', 'V001', 'V002', 'V003'] }],
  ])('applies the filter %s like the naive reference', (_case, filters) => {
    const { seekers, vacancies } = smallInstance(12);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const seeker of seekers) {
      const expected = naiveTopVacanciesForSeeker(vacancies, seeker, 10, index.config, filters);
      expect(ranked(index.topVacanciesForSeeker(seeker.id, 10, filters))).toEqual(expected);
    }
  });

  it('gives the same ranking without explanations', () => {
    const { seekers, vacancies } = smallInstance(16);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const seeker of seekers) {
      const explained = index
        .topVacanciesForSeeker(seeker.id, 10)
        .map(({ vacancyId, score }) => ({ vacancyId, score }));
      expect(index.topVacancyScoresForSeeker(seeker.id, 10)).toEqual(explained);
    }
  });

  it('scores a pair the same in both directions', () => {
    const { seekers, vacancies } = smallInstance(13);
    const index = MatchingIndex.build(seekers, vacancies, { now });
    for (const vacancy of vacancies) {
      for (const suggestion of index.topSeekersForVacancy(vacancy.id, 3)) {
        const back = index.topVacanciesForSeeker(suggestion.seekerId, vacancies.length);
        expect(back.find((s) => s.vacancyId === vacancy.id)?.score).toBe(suggestion.score);
      }
    }
  });

  it('leaves out vacancies with 0 openings', () => {
    const seeker = aSeeker();
    const filled = aVacancy({ openings: 0 });
    const open = aVacancy();
    const index = MatchingIndex.build([seeker], [filled, open], { now });
    expect(index.topVacanciesForSeeker(seeker.id, 5).map((s) => s.vacancyId)).toEqual([open.id]);
  });

  it('suggests nothing to someone without consent', () => {
    const seeker = aSeeker({ consentToMatch: false });
    const index = MatchingIndex.build([seeker], [aVacancy()], { now });
    expect(index.topVacanciesForSeeker(seeker.id, 5)).toEqual([]);
  });

  it('suggests nothing to someone whose consent has expired', () => {
    const seeker = aSeeker({ consentExpiresAt: new Date(now().getTime() - 1) });
    const index = MatchingIndex.build([seeker], [aVacancy()], { now });
    expect(index.topVacanciesForSeeker(seeker.id, 5)).toEqual([]);
  });

  it('suggests vacancies while the consent has not expired yet', () => {
    const seeker = aSeeker({ consentExpiresAt: new Date(now().getTime() + 60_000) });
    const index = MatchingIndex.build([seeker], [aVacancy()], { now });
    expect(index.topVacanciesForSeeker(seeker.id, 5)).toHaveLength(1);
  });

  it('rejects an unknown job-seeker', () => {
    const index = MatchingIndex.build([], [aVacancy()], { now });
    expect(() => index.topVacanciesForSeeker('nobody', 5)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SEEKER' }) as MatchingError,
    );
  });
});

describe('MatchingIndex.explainExclusion', () => {
  it('gives every reason a pair is kept apart', () => {
    const seeker = aSeeker({ consentToMatch: false, doelgroepregister: false });
    const vacancy = aVacancy({ kind: 'GARANTIEBAAN' });
    const index = MatchingIndex.build([seeker], [vacancy], { now });
    expect(index.explainExclusion(seeker.id, vacancy.id).map((reason) => reason.code)).toEqual([
      'VACANCY_KIND_NOT_ELIGIBLE',
      'NO_CONSENT',
    ]);
  });

  it('explains the score of an excluded pair too', () => {
    const seeker = aSeeker({ consentToMatch: false });
    const vacancy = aVacancy();
    const index = MatchingIndex.build([seeker], [vacancy], { now });
    const { exclusions, explanation } = index.explainPair(seeker.id, vacancy.id);
    expect(exclusions).toEqual([{ code: 'NO_CONSENT' }]);
    expect(explanation.score).toBe(100);
  });
});
