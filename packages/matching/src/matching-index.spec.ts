import { MatchingError } from './errors.js';
import { MatchingIndex } from './matching-index.js';
import { mulberry32, pick } from './reference/random.js';
import { aSeeker, aVacancy, NOW } from './testing/factories.js';
import { smallInstance } from './testing/instances.js';
import type { SeekerInput, VacancyInput } from './types.js';

const now = () => NOW;

/** Every ranking the index can give, to compare two indexes. */
function allRankings(index: MatchingIndex, seekerIds: string[], vacancyIds: string[]) {
  return {
    bySeeker: seekerIds.map((id) => index.topVacanciesForSeeker(id, 1000)),
    byVacancy: vacancyIds.map((id) => index.topSeekersForVacancy(id, 1000)),
  };
}

describe(MatchingIndex.name, () => {
  it('counts what it holds', () => {
    const index = MatchingIndex.build([aSeeker(), aSeeker()], [aVacancy()], { now });
    expect([index.seekerCount, index.vacancyCount]).toEqual([2, 1]);
  });

  it('after many incremental changes ranks exactly like a fresh build of the same data', () => {
    const pool = smallInstance(21, { seekers: 400, vacancies: 80 });
    const replacements = smallInstance(22, { seekers: 400, vacancies: 80 });
    const random = mulberry32(23);
    const index = MatchingIndex.build(pool.seekers.slice(0, 200), pool.vacancies.slice(0, 40), {
      now,
    });
    const seekers = new Map<string, SeekerInput>(pool.seekers.slice(0, 200).map((s) => [s.id, s]));
    const vacancies = new Map<string, VacancyInput>(
      pool.vacancies.slice(0, 40).map((v) => [v.id, v]),
    );
    for (let step = 0; step < 1500; step++) {
      const draw = random();
      if (draw < 0.3) {
        const seeker = pick(random, pool.seekers);
        index.upsertSeeker(seeker);
        seekers.set(seeker.id, seeker);
      } else if (draw < 0.5) {
        // The same person with a changed profile (another generated profile under their id).
        const seeker = { ...pick(random, replacements.seekers), id: pick(random, pool.seekers).id };
        index.upsertSeeker(seeker);
        seekers.set(seeker.id, seeker);
      } else if (draw < 0.75) {
        const id = pick(random, pool.seekers).id;
        expect(index.removeSeeker(id)).toBe(seekers.delete(id));
      } else if (draw < 0.85) {
        const vacancy =
          random() < 0.5
            ? pick(random, pool.vacancies)
            : { ...pick(random, replacements.vacancies), id: pick(random, pool.vacancies).id };
        index.upsertVacancy(vacancy);
        vacancies.set(vacancy.id, vacancy);
      } else {
        const id = pick(random, pool.vacancies).id;
        expect(index.removeVacancy(id)).toBe(vacancies.delete(id));
      }
    }
    const fresh = MatchingIndex.build(seekers.values(), vacancies.values(), { now });
    const seekerIds = [...seekers.keys()];
    const vacancyIds = [...vacancies.keys()];
    expect([index.seekerCount, index.vacancyCount]).toEqual([seekers.size, vacancies.size]);
    expect(allRankings(index, seekerIds, vacancyIds)).toEqual(
      allRankings(fresh, seekerIds, vacancyIds),
    );
    expect(allRankings(index, seekerIds, vacancyIds).byVacancy.flat().length).toBeGreaterThan(100);
  });

  it('keeps every level when new competences widen the level matrix', () => {
    const early = aSeeker({ competences: [{ code: 'A', level: 3 }] });
    const index = MatchingIndex.build([early], [], { now });
    // 200 more codes force the matrix to be re-laid out twice, with the early rows in it.
    const codes = Array.from({ length: 200 }, (_, i) => `X${i}`);
    const late = aSeeker({
      competences: codes.slice(150).map((code) => ({ code, level: 4 as const })),
    });
    index.upsertSeeker(late);
    const vacancy = aVacancy({
      competences: [
        { code: 'A', minLevel: 3, weight: 5, requirement: 'REQUIRED' },
        ...codes.slice(0, 40).map((code) => ({
          code,
          minLevel: 2 as const,
          weight: 1,
          requirement: 'WISHED' as const,
        })),
      ],
    });
    index.upsertVacancy(vacancy);
    const lateVacancy = aVacancy({
      competences: [{ code: 'X199', minLevel: 4, weight: 2, requirement: 'REQUIRED' }],
    });
    index.upsertVacancy(lateVacancy);
    expect(index.topSeekersForVacancy(vacancy.id, 5).map((s) => s.seekerId)).toEqual([early.id]);
    expect(index.topSeekersForVacancy(lateVacancy.id, 5).map((s) => s.seekerId)).toEqual([late.id]);
  });

  it('reuses the slot of a removed job-seeker without mixing up the two', () => {
    const gone = aSeeker({ competences: [{ code: 'CERT_VCA', level: 5 }] });
    const vacancy = aVacancy({
      competences: [{ code: 'CERT_VCA', minLevel: 5, weight: 5, requirement: 'REQUIRED' }],
    });
    const index = MatchingIndex.build([gone], [vacancy], { now });
    index.removeSeeker(gone.id);
    const newcomer = aSeeker({ competences: [] });
    index.upsertSeeker(newcomer);
    expect(index.topSeekersForVacancy(vacancy.id, 5)).toEqual([]);
    expect(() => index.topVacanciesForSeeker(gone.id, 5)).toThrow(MatchingError);
  });

  it('sees a changed profile at once', () => {
    const seeker = aSeeker({ hoursAvailable: 8 });
    const vacancy = aVacancy({ hoursMin: 16 });
    const index = MatchingIndex.build([seeker], [vacancy], { now });
    expect(index.topSeekersForVacancy(vacancy.id, 5)).toEqual([]);
    index.upsertSeeker({ ...seeker, hoursAvailable: 24 });
    expect(index.topSeekersForVacancy(vacancy.id, 5).map((s) => s.seekerId)).toEqual([seeker.id]);
  });

  it('keeps its own copy of the input', () => {
    const seeker = aSeeker();
    const vacancy = aVacancy();
    const index = MatchingIndex.build([seeker], [vacancy], { now });
    (seeker.competences as { code: string; level: number }[]).length = 0;
    expect(index.explainExclusion(seeker.id, vacancy.id)).toEqual([]);
  });

  it('returns false when removing an unknown id', () => {
    const index = new MatchingIndex({ now });
    expect([index.removeSeeker('x'), index.removeVacancy('y')]).toEqual([false, false]);
  });

  it('lists the vacancies of a region, sorted by id', () => {
    const index = MatchingIndex.build(
      [],
      [aVacancy({ id: 'b' }), aVacancy({ id: 'a' }), aVacancy({ id: 'c', regionCode: 'AM14' })],
      { now },
    );
    expect(index.vacancyIdsInRegion('AM12')).toEqual(['a', 'b']);
    expect(index.vacancyIdsInRegion('AM99')).toEqual([]);
  });

  it.each<[string, Partial<SeekerInput>]>([
    ['an empty id', { id: '' }],
    ['a latitude out of range', { lat: 91 }],
    ['a longitude that is not a number', { lon: NaN }],
    ['negative hours', { hoursAvailable: -1 }],
    ['a level of 6', { competences: [{ code: 'A', level: 6 as 5 }] }],
    [
      'a competence twice',
      {
        competences: [
          { code: 'A', level: 2 },
          { code: 'A', level: 3 },
        ],
      },
    ],
    ['an unknown transport mode', { transport: 'HORSE' as 'CAR' }],
    ['an unknown sector', { sectorPreferences: ['MINING' as 'CARE'] }],
    ['a client profile of 5', { clientProfile: 5 as 4 }],
    ['an invalid date', { availabilityConfirmedAt: new Date('not a date') }],
  ])('rejects a job-seeker with %s', (_case, overrides) => {
    const index = new MatchingIndex({ now });
    expect(() => index.upsertSeeker(aSeeker(overrides))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }) as MatchingError,
    );
  });

  it.each<[string, Partial<VacancyInput>]>([
    ['an unknown kind', { kind: 'INTERNSHIP' as 'REGULAR' }],
    ['hoursMax below hoursMin', { hoursMin: 24, hoursMax: 16 }],
    ['fractional openings', { openings: 1.5 }],
    ['negative openings', { openings: -1 }],
    [
      'a weight of 0',
      { competences: [{ code: 'A', minLevel: 2, weight: 0, requirement: 'WISHED' }] },
    ],
    [
      'a minimum level of 0',
      { competences: [{ code: 'A', minLevel: 0 as 1, weight: 2, requirement: 'WISHED' }] },
    ],
    [
      'an unknown requirement',
      { competences: [{ code: 'A', minLevel: 2, weight: 2, requirement: 'NICE' as 'WISHED' }] },
    ],
  ])('rejects a vacancy with %s', (_case, overrides) => {
    const index = new MatchingIndex({ now });
    expect(() => index.upsertVacancy(aVacancy(overrides))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }) as MatchingError,
    );
  });

  it('leaves the index unchanged when an update is rejected', () => {
    const seeker = aSeeker();
    const vacancy = aVacancy();
    const index = MatchingIndex.build([seeker], [vacancy], { now });
    expect(() => index.upsertSeeker({ ...seeker, lat: 100 })).toThrow(MatchingError);
    expect(index.topSeekersForVacancy(vacancy.id, 5).map((s) => s.seekerId)).toEqual([seeker.id]);
  });
});
