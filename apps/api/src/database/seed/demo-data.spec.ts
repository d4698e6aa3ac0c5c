import {
  addDays,
  earningCapacityBand,
  EARNING_CAPACITY_BANDS,
  isJongere,
  isValidBsn,
  isValidKvkNumber,
  isValidPostcode,
  JOB_CARVING_STATUSES,
  VACANCY_KINDS,
  VACANCY_STATUSES,
  type Level,
  type VacancyKind,
} from '@werkbrug/domain-rules';
import { MatchingIndex, resolveMatchingConfig } from '@werkbrug/matching';
import {
  findCompetence,
  findMunicipality,
  findPc4,
  municipalityCodeOfPc4,
} from '@werkbrug/reference-data';
import { canTransition } from '../../modules/introduction/introduction-status.js';
import { taskSharesProblem } from '../../modules/job-carving/job-carving-analysis.js';
import { canChangeJobCarvingStatus } from '../../modules/job-carving/job-carving-status.js';
import { todayInNetherlands } from '../../modules/job-seeker/calendar.js';
import { toSeekerInput, toVacancyInput } from '../../modules/matching/matching-input.js';
import { validateVacancyTerms } from '../../modules/vacancy/vacancy-rules.js';
import { toPostgresText } from './bulk-insert.js';
import { daysBetween, REFERENCE_DATE } from './demo/calendar.js';
import { generateDemoDataset, type DemoDataset } from './demo/dataset.js';
import { varyTasks } from './demo/job-carving.js';
import {
  accountManagerIdOf,
  consultantIdOf,
  DEMO_EMPLOYER_NAME,
  DEMO_LOGINS,
  DEMO_PASSWORD,
} from './demo/organisations.js';
import {
  PARTICIPATION_STEPS_BY_BAND,
  randomBsn,
  RECENT_CONFIRMATION_DAYS,
  STALE_CONFIRMATION_DAYS,
} from './demo/people.js';
import { introductionHistory } from './demo/pipeline.js';
import { Random, stableUuid } from './demo/prng.js';
import { demoRegion, demoRegions, type DemoRegionCode } from './demo/regions.js';
import { SECTOR_PROFILES, sectorProfile } from './demo/sectors.js';
import { CONTRACT_TYPES_BY_KIND, UNPAID_CONTRACT_TYPES } from './demo/vacancies.js';
import { parseSeedArguments, UsageError } from './seed-args.js';

const OPTIONS = { jobSeekersPerRegion: 400, employersPerRegion: 40, vacanciesPerRegion: 80 };

function regionOfPostcode(postcode: string): string | undefined {
  const municipalityCode = municipalityCodeOfPc4(postcode);
  return municipalityCode ? findMunicipality(municipalityCode)?.regionCode : undefined;
}

function competenceCodesByPerson(dataset: DemoDataset): Map<string, Set<string>> {
  const codes = new Map<string, Set<string>>();
  for (const row of dataset.jobSeekerCompetences) {
    const own = codes.get(row.jobSeekerId) ?? new Set<string>();
    codes.set(row.jobSeekerId, own.add(row.competenceCode));
  }
  return codes;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * The demo data indexed as MatchingIndexService indexes the seeded database: the API's config and
 * translation, everyone not at work (a running placement, also one starting later) at their PC4's
 * coordinate in their municipality's region, and every OPEN vacancy with its places less the
 * running placements on it.
 */
function indexAsTheApiDoes(dataset: DemoDataset, now: Date): MatchingIndex {
  const config = resolveMatchingConfig({
    isTrainable: (code) => findCompetence(code)?.trainable ?? false,
    now: () => now,
  });
  const index = new MatchingIndex(config);
  const today = todayInNetherlands(now);
  const running = dataset.placements.filter(
    (placement) => placement.endDate === null || placement.endDate >= today,
  );
  const atWork = new Set(running.map((placement) => placement.jobSeekerId));
  const competences = groupBy(dataset.jobSeekerCompetences, (row) => row.jobSeekerId);
  for (const jobSeeker of dataset.jobSeekers.filter((candidate) => !atWork.has(candidate.id))) {
    const { lat, lon } = findPc4(jobSeeker.pc4)!;
    const profile = {
      ...jobSeeker,
      candidateNumber: 0,
      regionCode: findMunicipality(jobSeeker.municipalityCode)!.regionCode,
      lat,
      lon,
      competences: (competences.get(jobSeeker.id) ?? []).map((row) => ({
        code: row.competenceCode,
        level: row.level as Level,
      })),
    };
    index.upsertSeeker(toSeekerInput(profile, config));
  }
  const regionOfEmployer = new Map(
    dataset.employers.map((employer) => [employer.id, employer.regionCode]),
  );
  const pc4OfLocation = new Map(dataset.employerLocations.map((place) => [place.id, place.pc4]));
  const asked = groupBy(dataset.vacancyCompetences, (row) => row.vacancyId);
  const placed = groupBy(running, (placement) => placement.vacancyId ?? '');
  for (const vacancy of dataset.vacancies.filter((candidate) => candidate.status === 'OPEN')) {
    const { lat, lon } = findPc4(pc4OfLocation.get(vacancy.locationId)!)!;
    const features = {
      ...vacancy,
      regionCode: regionOfEmployer.get(vacancy.employerId)!,
      lat,
      lon,
      openPlaces: Math.max(0, vacancy.openings - (placed.get(vacancy.id)?.length ?? 0)),
      competences: (asked.get(vacancy.id) ?? []).map((row) => ({
        code: row.competenceCode,
        minLevel: row.minLevel as Level,
        weight: row.weight,
        requirement: row.requirement,
      })),
    };
    index.upsertVacancy(toVacancyInput(features));
  }
  return index;
}

describe(Random.name, () => {
  it('gives the same sequence for the same seed', () => {
    const a = Random.of('AM12', 'test');
    const b = Random.of('AM12', 'test');
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(
      Array.from({ length: 20 }, () => b.next()),
    );
  });

  it('gives different sequences for different labels', () => {
    expect(Random.of('AM12', 'employers').next()).not.toEqual(
      Random.of('AM01', 'employers').next(),
    );
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const rng = new Random(42);
    const values = new Set(Array.from({ length: 2000 }, () => rng.int(3, 7)));
    expect([...values].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples distinct items', () => {
    const sample = new Random(7).sample(['a', 'b', 'c', 'd', 'e'], 4);
    expect(new Set(sample).size).toBe(4);
  });
});

describe(stableUuid.name, () => {
  it('derives the same version-4 shaped id from the same parts', () => {
    expect(stableUuid('job-seeker', 'AM12', 17)).toBe(stableUuid('job-seeker', 'AM12', 17));
    expect(stableUuid('job-seeker', 'AM12', 17)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('derives different ids from different parts', () => {
    expect(stableUuid('job-seeker', 'AM12', 17)).not.toBe(stableUuid('job-seeker', 'AM12', 18));
  });
});

describe(randomBsn.name, () => {
  it('gives unique numbers that pass the elfproef and start with 999', () => {
    const rng = new Random(1);
    const used = new Set<string>();
    const bsns = Array.from({ length: 2000 }, () => randomBsn(rng, used));
    expect(bsns.every((bsn) => bsn !== null && isValidBsn(bsn) && bsn.startsWith('999'))).toBe(
      true,
    );
    expect(new Set(bsns).size).toBe(2000);
  });
});

describe(introductionHistory.name, () => {
  it.each([
    ['PROPOSED', ['PROPOSED']],
    ['CONSENTED', ['PROPOSED', 'CONSENT_REQUESTED', 'CONSENTED']],
    ['DECLINED', ['PROPOSED', 'CONSENT_REQUESTED', 'DECLINED']],
    [
      'PLACED',
      [
        'PROPOSED',
        'CONSENT_REQUESTED',
        'CONSENTED',
        'INTRODUCED',
        'INTERVIEW',
        'TRIAL_PLACEMENT',
        'PLACED',
      ],
    ],
  ] as const)('reaches %s along the expected road', (final, road) => {
    expect(introductionHistory(new Random(3), final)).toEqual(road);
  });

  it('rejects only after the employer met the person', () => {
    for (let seed = 0; seed < 50; seed++) {
      const history = introductionHistory(new Random(seed), 'REJECTED');
      expect(history).toContain('INTRODUCED');
      expect(history.at(-1)).toBe('REJECTED');
    }
  });
});

describe(varyTasks.name, () => {
  const templates = SECTOR_PROFILES.flatMap((profile) =>
    profile.carving.jobs.map((job) => [profile.sector, job.title, job] as const),
  );

  it.each(templates)(
    'keeps the task shares of %s / %s at exactly 100 %%',
    (_sector, _title, template) => {
      expect(template.tasks.reduce((sum, task) => sum + task.sharePercent, 0)).toBe(100);
      for (let seed = 0; seed < 20; seed++) {
        const tasks = varyTasks(new Random(seed), template);
        expect(tasks.reduce((sum, task) => sum + task.sharePercent, 0)).toBe(100);
        expect(tasks.every((task) => task.sharePercent > 0)).toBe(true);
      }
    },
  );
});

describe('the sector catalogue', () => {
  const codes = SECTOR_PROFILES.flatMap((profile) =>
    profile.jobs.flatMap((job) =>
      [...job.skills, ...job.demands, ...job.certificates].map(
        (code) => [profile.sector, job.title, code] as const,
      ),
    ),
  );

  it.each(codes)('%s / %s asks %s, a competence of the taxonomy', (_sector, _title, code) => {
    expect(findCompetence(code)).not.toBeNull();
  });
});

describe(generateDemoDataset.name, () => {
  let dataset: DemoDataset;
  beforeAll(() => {
    dataset = generateDemoDataset(OPTIONS);
  });

  const jobSeekersOf = (code: DemoRegionCode) => {
    const consultantId = consultantIdOf(demoRegion(code));
    return dataset.jobSeekers.filter((jobSeeker) => jobSeeker.consultantId === consultantId);
  };

  it('gives the same rows, ids included, on every run', () => {
    expect(generateDemoDataset(OPTIONS)).toEqual(dataset);
  });

  it('creates the requested number of job-seekers, employers and vacancies per region', () => {
    expect(dataset.jobSeekers).toHaveLength(3 * OPTIONS.jobSeekersPerRegion);
    expect(dataset.employers).toHaveLength(3 * OPTIONS.employersPerRegion);
    expect(dataset.vacancies).toHaveLength(3 * OPTIONS.vacanciesPerRegion);
  });

  describe('demo logins', () => {
    it('has exactly the agreed e-mail addresses', () => {
      const emails = [...dataset.staffUsers, ...dataset.employerUsers]
        .map((user) => user.email)
        .sort();
      expect(emails).toEqual(DEMO_LOGINS.map((login) => login.email).sort());
      expect(emails).toEqual([
        'admin@demo.werkbrug.nl',
        'am.gooi@demo.werkbrug.nl',
        'am.groningen@demo.werkbrug.nl',
        'am.zwolle@demo.werkbrug.nl',
        'bestuur@demo.werkbrug.nl',
        'consulent.gooi@demo.werkbrug.nl',
        'consulent.groningen@demo.werkbrug.nl',
        'consulent.zwolle@demo.werkbrug.nl',
        'werkgever@demo.werkbrug.nl',
      ]);
      expect(DEMO_PASSWORD).toBe('Werkbrug-demo-2026!');
    });

    it('marks every login as a demo login with the role it is listed with', () => {
      for (const user of [...dataset.staffUsers, ...dataset.employerUsers]) {
        expect(user.isDemo).toBe(true);
        expect(user.role).toBe(DEMO_LOGINS.find((login) => login.email === user.email)?.role);
      }
    });

    it('ties the employer login to the demo employer and every other login to an organisation', () => {
      const [employerUser] = dataset.employerUsers;
      const demoEmployer = dataset.employers.find(
        (employer) => employer.id === employerUser.employerId,
      );
      expect(demoEmployer?.name).toBe(DEMO_EMPLOYER_NAME);
      expect(demoEmployer?.regionCode).toBe('AM12');
      expect(employerUser.organisationId).toBeNull();
      const organisationIds = new Set(dataset.organisations.map((organisation) => organisation.id));
      for (const user of dataset.staffUsers) {
        expect(user.employerId).toBeNull();
        expect(organisationIds.has(user.organisationId ?? '')).toBe(true);
      }
    });

    it('gives the board member and the admin all three regions, the others one', () => {
      const regionsOf = (email: string) => {
        const user = [...dataset.staffUsers, ...dataset.employerUsers].find(
          (candidate) => candidate.email === email,
        );
        return dataset.userRegions
          .filter((row) => row.userId === user?.id)
          .map((row) => row.regionCode)
          .sort();
      };
      expect(regionsOf('bestuur@demo.werkbrug.nl')).toEqual(['AM01', 'AM12', 'AM36']);
      expect(regionsOf('admin@demo.werkbrug.nl')).toEqual(['AM01', 'AM12', 'AM36']);
      expect(regionsOf('am.zwolle@demo.werkbrug.nl')).toEqual(['AM36']);
      expect(regionsOf('werkgever@demo.werkbrug.nl')).toEqual(['AM12']);
    });

    it('has a WSP, a municipal service, UWV and a provider in every region', () => {
      for (const region of demoRegions()) {
        const ids = new Set(
          dataset.organisationRegions
            .filter((row) => row.regionCode === region.code)
            .map((row) => row.organisationId),
        );
        const kinds = dataset.organisations
          .filter((organisation) => ids.has(organisation.id))
          .map((organisation) => organisation.kind);
        expect(kinds).toEqual(expect.arrayContaining(['WSP', 'MUNICIPALITY', 'UWV', 'PROVIDER']));
      }
    });
  });

  describe('job-seekers', () => {
    it.each(demoRegions().map((region) => [region.code]))(
      'in %s live at a postcode of the region, in the municipality of that postcode',
      (code) => {
        for (const jobSeeker of jobSeekersOf(code)) {
          expect(isValidPostcode(jobSeeker.postcode)).toBe(true);
          expect(jobSeeker.postcode.slice(0, 4)).toBe(jobSeeker.pc4);
          expect(municipalityCodeOfPc4(jobSeeker.pc4)).toBe(jobSeeker.municipalityCode);
          expect(regionOfPostcode(jobSeeker.pc4)).toBe(code);
        }
      },
    );

    it.each(demoRegions().map((region) => [region.code]))(
      'in %s span every earning-capacity band',
      (code) => {
        const bands = new Set(
          jobSeekersOf(code).map((jobSeeker) =>
            earningCapacityBand(jobSeeker.earningCapacityPercent),
          ),
        );
        expect([...bands].sort()).toEqual([...EARNING_CAPACITY_BANDS].sort());
      },
    );

    it('stand on a participation-ladder step that fits their band', () => {
      for (const jobSeeker of dataset.jobSeekers) {
        const steps = PARTICIPATION_STEPS_BY_BAND[
          earningCapacityBand(jobSeeker.earningCapacityPercent)
        ].map(([step]) => step);
        expect(steps).toContain(jobSeeker.participationStep);
      }
    });

    it('have unique BSNs that pass the elfproef, for about 70 %', () => {
      const bsns = dataset.jobSeekers.flatMap((jobSeeker) =>
        jobSeeker.bsn ? [jobSeeker.bsn] : [],
      );
      expect(bsns.every(isValidBsn)).toBe(true);
      expect(new Set(bsns).size).toBe(bsns.length);
      expect(bsns.length / dataset.jobSeekers.length).toBeGreaterThan(0.6);
      expect(bsns.length / dataset.jobSeekers.length).toBeLessThan(0.8);
    });

    it('are in the doelgroepregister whenever they have an indicatie beschut werk or are Wsw-oud', () => {
      for (const jobSeeker of dataset.jobSeekers.filter(
        (candidate) => candidate.indicatieBeschutWerk || candidate.wswOud,
      )) {
        expect(jobSeeker.doelgroepregister).toBe(true);
      }
    });

    it.each([
      [
        'doelgroepregister',
        (j: DemoDataset['jobSeekers'][number]) => j.doelgroepregister,
        0.18,
        0.33,
      ],
      [
        'indicatie beschut werk',
        (j: DemoDataset['jobSeekers'][number]) => j.indicatieBeschutWerk,
        0.02,
        0.09,
      ],
      ['statushouder', (j: DemoDataset['jobSeekers'][number]) => j.statushouder, 0.04, 0.13],
      [
        'jongere',
        (j: DemoDataset['jobSeekers'][number]) =>
          j.birthDate !== null && isJongere(j.birthDate, REFERENCE_DATE),
        0.12,
        0.32,
      ],
      [
        'work limitations',
        (j: DemoDataset['jobSeekers'][number]) => j.workLimitations !== null,
        0.12,
        0.3,
      ],
      [
        'consent granted',
        (j: DemoDataset['jobSeekers'][number]) => j.consentStatus === 'GRANTED',
        0.7,
        0.92,
      ],
    ])('have the flag %s in a plausible share', (_flag, has, min, max) => {
      const share = dataset.jobSeekers.filter(has).length / dataset.jobSeekers.length;
      expect(share).toBeGreaterThan(min);
      expect(share).toBeLessThan(max);
    });

    it('have 4-40 hours in halves, travel limits within the checks and at least one transport mode', () => {
      for (const jobSeeker of dataset.jobSeekers) {
        expect(jobSeeker.hoursAvailable).toBeGreaterThanOrEqual(4);
        expect(jobSeeker.hoursAvailable).toBeLessThanOrEqual(40);
        expect(Number.isInteger(jobSeeker.hoursAvailable * 2)).toBe(true);
        expect(jobSeeker.maxTravelMinutes).toBeGreaterThan(0);
        expect(jobSeeker.maxTravelMinutes).toBeLessThanOrEqual(180);
        expect(jobSeeker.maxTravelKm).toBeLessThanOrEqual(250);
        expect(jobSeeker.transportModes.length).toBeGreaterThan(0);
        if (jobSeeker.transportModes.includes('CAR'))
          expect(jobSeeker.hasDrivingLicence).toBe(true);
      }
    });

    it('use only reserved e-mail domains and the fictitious 06-00 phone range', () => {
      for (const jobSeeker of dataset.jobSeekers) {
        if (jobSeeker.email) expect(jobSeeker.email).toMatch(/@example\.org$/);
        if (jobSeeker.phone) expect(jobSeeker.phone).toMatch(/^06-00\d{6}$/);
      }
    });

    it('have 3-12 distinct competences of the taxonomy with levels 1-5', () => {
      const byPerson = new Map<string, string[]>();
      for (const row of dataset.jobSeekerCompetences) {
        expect(findCompetence(row.competenceCode)).not.toBeNull();
        expect(row.level).toBeGreaterThanOrEqual(1);
        expect(row.level).toBeLessThanOrEqual(5);
        byPerson.set(
          row.jobSeekerId,
          (byPerson.get(row.jobSeekerId) ?? []).concat(row.competenceCode),
        );
      }
      expect(byPerson.size).toBe(dataset.jobSeekers.length);
      for (const codes of byPerson.values()) {
        expect(codes.length).toBeGreaterThanOrEqual(3);
        expect(codes.length).toBeLessThanOrEqual(12);
        expect(new Set(codes).size).toBe(codes.length);
      }
    });

    it('have the driving-licence competence exactly when they have a driving licence', () => {
      const licensed = new Set(
        dataset.jobSeekerCompetences
          .filter((row) => row.competenceCode === 'CERT_DRIVING_B' && row.level === 5)
          .map((row) => row.jobSeekerId),
      );
      for (const jobSeeker of dataset.jobSeekers)
        expect(licensed.has(jobSeeker.id)).toBe(jobSeeker.hasDrivingLicence);
    });

    it('have no dates after the reference date', () => {
      const reference = Date.parse(`${REFERENCE_DATE}T23:59:59Z`);
      for (const jobSeeker of dataset.jobSeekers) {
        expect(jobSeeker.createdAt.getTime()).toBeLessThanOrEqual(reference);
        expect(jobSeeker.updatedAt.getTime()).toBeGreaterThanOrEqual(jobSeeker.createdAt.getTime());
        if (jobSeeker.availabilityConfirmedAt)
          expect(jobSeeker.availabilityConfirmedAt <= REFERENCE_DATE).toBe(true);
      }
    });

    it('have, mostly, the core skill of a job in the sector they prefer first', () => {
      const codesOf = competenceCodesByPerson(dataset);
      const withPreference = dataset.jobSeekers.filter(
        (jobSeeker) => jobSeeker.sectorPreferences.length > 0,
      );
      const skilled = withPreference.filter((jobSeeker) =>
        sectorProfile(jobSeeker.sectorPreferences[0]).jobs.some((job) =>
          codesOf.get(jobSeeker.id)?.has(job.skills[0]),
        ),
      );
      expect(skilled.length / withPreference.length).toBeGreaterThan(0.7);
    });

    it('hold vocational skills at a level that rises with their earning-capacity band', () => {
      const band = new Map(
        dataset.jobSeekers.map((jobSeeker) => [
          jobSeeker.id,
          earningCapacityBand(jobSeeker.earningCapacityPercent),
        ]),
      );
      const levels = new Map(EARNING_CAPACITY_BANDS.map((name) => [name, [] as number[]]));
      for (const row of dataset.jobSeekerCompetences) {
        if (findCompetence(row.competenceCode)?.group === 'VOCATIONAL')
          levels.get(band.get(row.jobSeekerId)!)!.push(row.level);
      }
      const means = EARNING_CAPACITY_BANDS.map((name) => {
        const values = levels.get(name)!;
        return values.reduce((sum, level) => sum + level, 0) / values.length;
      });
      expect(means).toEqual([...means].sort((a, b) => a - b));
      expect(means[0]).toBeLessThan(means[means.length - 1] - 1);
    });

    it('confirmed their availability recently, but for a stale minority left for follow-up', () => {
      const ages = dataset.jobSeekers.map((jobSeeker) =>
        jobSeeker.availabilityConfirmedAt === null
          ? null
          : daysBetween(jobSeeker.availabilityConfirmedAt, REFERENCE_DATE),
      );
      const recent = ages.filter((age) => age !== null && age <= RECENT_CONFIRMATION_DAYS);
      const stale = ages.filter((age) => age === null || age >= STALE_CONFIRMATION_DAYS);
      // Nobody in between: the recent ones stay within the engine's 180 days for two months.
      expect(recent.length + stale.length).toBe(ages.length);
      expect(recent.length / ages.length).toBeGreaterThan(0.75);
      expect(stale.length / ages.length).toBeGreaterThan(0.08);
      expect(stale.length / ages.length).toBeLessThan(0.25);
    });
  });

  describe('employers', () => {
    it('have unique 8-digit KvK numbers', () => {
      const numbers = dataset.employers.map((employer) => employer.kvkNumber);
      expect(numbers.every(isValidKvkNumber)).toBe(true);
      expect(new Set(numbers).size).toBe(numbers.length);
    });

    it('are served by their region’s account manager and have locations inside the region', () => {
      const regionOfEmployer = new Map(
        dataset.employers.map((employer) => [employer.id, employer.regionCode]),
      );
      for (const employer of dataset.employers) {
        expect(employer.accountManagerId).toBe(
          accountManagerIdOf(demoRegion(employer.regionCode as DemoRegionCode)),
        );
      }
      for (const location of dataset.employerLocations) {
        expect(isValidPostcode(location.postcode)).toBe(true);
        expect(regionOfPostcode(location.pc4)).toBe(regionOfEmployer.get(location.employerId));
      }
    });

    it('are mostly in the market sector', () => {
      const markt =
        dataset.employers.filter((employer) => employer.sector === 'MARKT').length /
        dataset.employers.length;
      expect(markt).toBeGreaterThan(0.7);
      expect(markt).toBeLessThan(0.9);
    });
  });

  describe('vacancies', () => {
    it('cover every kind and status', () => {
      expect(new Set(dataset.vacancies.map((vacancy) => vacancy.kind))).toEqual(
        new Set(VACANCY_KINDS),
      );
      expect(new Set(dataset.vacancies.map((vacancy) => vacancy.status))).toEqual(
        new Set(VACANCY_STATUSES),
      );
    });

    it('have valid hours, openings, a contract that fits the kind and a wage only when paid', () => {
      for (const vacancy of dataset.vacancies) {
        expect(vacancy.hoursMin).toBeGreaterThanOrEqual(1);
        expect(vacancy.hoursMin).toBeLessThanOrEqual(vacancy.hoursMax);
        expect(vacancy.hoursMax).toBeLessThanOrEqual(40);
        expect(vacancy.openings).toBeGreaterThanOrEqual(1);
        expect(vacancy.openings).toBeLessThanOrEqual(5);
        expect(CONTRACT_TYPES_BY_KIND[vacancy.kind].map(([type]) => type)).toContain(
          vacancy.contractType,
        );
        const paid = !UNPAID_CONTRACT_TYPES.includes(vacancy.contractType);
        expect(vacancy.wageMinCents !== null).toBe(paid);
        if (vacancy.wageMinCents !== null)
          expect(vacancy.wageMinCents).toBeLessThanOrEqual(vacancy.wageMaxCents ?? 0);
      }
    });

    it('pass the API’s own rules for vacancy terms', () => {
      for (const vacancy of dataset.vacancies) expect(validateVacancyTerms(vacancy)).toEqual([]);
    });

    it('are at a location of their own employer', () => {
      const employerOfLocation = new Map(
        dataset.employerLocations.map((location) => [location.id, location.employerId]),
      );
      for (const vacancy of dataset.vacancies)
        expect(employerOfLocation.get(vacancy.locationId)).toBe(vacancy.employerId);
    });

    it('ask 3-8 distinct competences with levels and weights of 1-5', () => {
      const byVacancy = new Map<string, string[]>();
      for (const row of dataset.vacancyCompetences) {
        expect(findCompetence(row.competenceCode)).not.toBeNull();
        expect([row.minLevel, row.weight].every((value) => value >= 1 && value <= 5)).toBe(true);
        byVacancy.set(
          row.vacancyId,
          (byVacancy.get(row.vacancyId) ?? []).concat(row.competenceCode),
        );
      }
      expect(byVacancy.size).toBe(dataset.vacancies.length);
      for (const codes of byVacancy.values()) {
        expect(codes.length).toBeGreaterThanOrEqual(3);
        expect(codes.length).toBeLessThanOrEqual(8);
        expect(new Set(codes).size).toBe(codes.length);
      }
    });

    it('require only vocational skills and, of regular work, a valid certificate', () => {
      const kindOf = new Map(dataset.vacancies.map((vacancy) => [vacancy.id, vacancy.kind]));
      const required = dataset.vacancyCompetences.filter((row) => row.requirement === 'REQUIRED');
      expect(required.length).toBeGreaterThan(0);
      for (const row of required) {
        const group = findCompetence(row.competenceCode)?.group;
        if (group === 'CERTIFICATE') {
          expect(kindOf.get(row.vacancyId)).toBe('REGULAR');
          expect(row.minLevel).toBe(5);
        } else {
          expect(group).toBe('VOCATIONAL');
        }
      }
    });

    it.each<[VacancyKind, number, number, number]>([
      ['REGULAR', 1, 3, 4],
      ['TRIAL', 0, 1, 3],
      ['GARANTIEBAAN', 0, 1, 3],
      ['SHELTERED', 0, 0, 2],
      ['WORK_LEARN', 0, 0, 2],
      ['VOLUNTEER', 0, 0, 2],
    ])(
      'of kind %s require %d-%d competences and ask levels of at most %d, certificates aside',
      (kind, fewestRequired, mostRequired, highestLevel) => {
        const ids = dataset.vacancies
          .filter((vacancy) => vacancy.kind === kind)
          .map((vacancy) => vacancy.id);
        const rows = dataset.vacancyCompetences.filter((row) => ids.includes(row.vacancyId));
        for (const id of ids) {
          const required = rows.filter(
            (row) => row.vacancyId === id && row.requirement === 'REQUIRED',
          ).length;
          expect(required).toBeGreaterThanOrEqual(fewestRequired);
          expect(required).toBeLessThanOrEqual(mostRequired);
        }
        for (const row of rows) {
          if (findCompetence(row.competenceCode)?.group !== 'CERTIFICATE')
            expect(row.minLevel).toBeLessThanOrEqual(highestLevel);
        }
      },
    );
  });

  describe('job-carving requests', () => {
    it.each(demoRegions().map((region) => [region.code]))('in %s cover every status', (code) => {
      const employers = new Set(
        dataset.employers
          .filter((employer) => employer.regionCode === code)
          .map((employer) => employer.id),
      );
      const statuses = dataset.jobCarvingRequests
        .filter((request) => employers.has(request.employerId))
        .map((request) => request.status);
      expect(new Set(statuses)).toEqual(new Set(JOB_CARVING_STATUSES));
    });

    it('point, once a vacancy was created, at a garantiebaan of the same employer', () => {
      for (const request of dataset.jobCarvingRequests.filter(
        (candidate) => candidate.status === 'VACANCY_CREATED',
      )) {
        const vacancy = dataset.vacancies.find((candidate) => candidate.id === request.vacancyId);
        expect(vacancy?.kind).toBe('GARANTIEBAAN');
        expect(vacancy?.employerId).toBe(request.employerId);
      }
    });

    it('keep a status history that starts with the submission and chains up to the current status', () => {
      for (const request of dataset.jobCarvingRequests) {
        const history = request.statusHistory;
        expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'SUBMITTED' });
        history.slice(1).forEach((change, i) => {
          expect(change.fromStatus).toBe(history[i].toStatus);
          expect(canChangeJobCarvingStatus(history[i].toStatus, change.toStatus)).toBe(true);
          expect(change.changedAt > history[i].changedAt).toBe(true);
        });
        expect(history.at(-1)?.toStatus).toBe(request.status);
        expect(request.createdAt.toISOString()).toBe(history[0].changedAt);
      }
    });

    it('describe 1-3 jobs whose task shares add up to 100 %', () => {
      for (const request of dataset.jobCarvingRequests) {
        const jobs = dataset.jobCarvingJobs.filter((job) => job.requestId === request.id);
        expect(jobs.length).toBeGreaterThanOrEqual(1);
        expect(jobs.length).toBeLessThanOrEqual(3);
        for (const job of jobs) {
          expect(job.tasks.reduce((sum, task) => sum + task.sharePercent, 0)).toBe(100);
          expect(taskSharesProblem(job.tasks)).toBeNull();
        }
      }
    });
  });

  describe('the pipeline', () => {
    it('keeps a status history per introduction that chains up to its current status', () => {
      expect(dataset.introductions.length).toBeGreaterThan(0);
      for (const introduction of dataset.introductions) {
        const history = dataset.introductionStatusChanges.filter(
          (change) => change.introductionId === introduction.id,
        );
        expect(history[0].fromStatus).toBeNull();
        expect(history[0].toStatus).toBe('PROPOSED');
        history.slice(1).forEach((change, i) => {
          expect(change.fromStatus).toBe(history[i].toStatus);
          expect(canTransition(history[i].toStatus, change.toStatus)).toBe(true);
          expect(change.changedAt.getTime()).toBeGreaterThan(history[i].changedAt.getTime());
        });
        expect(history.at(-1)?.toStatus).toBe(introduction.status);
      }
    });

    it('introduces only people who gave consent and may take the vacancy’s kind, once per vacancy', () => {
      const people = new Map(dataset.jobSeekers.map((jobSeeker) => [jobSeeker.id, jobSeeker]));
      const vacancies = new Map(dataset.vacancies.map((vacancy) => [vacancy.id, vacancy]));
      const pairs = new Set<string>();
      for (const introduction of dataset.introductions) {
        const person = people.get(introduction.jobSeekerId);
        const vacancy = vacancies.get(introduction.vacancyId);
        expect(person?.consentStatus).toBe('GRANTED');
        expect(vacancy?.status).not.toBe('DRAFT');
        if (vacancy?.kind === 'GARANTIEBAAN') expect(person?.doelgroepregister).toBe(true);
        if (vacancy?.kind === 'SHELTERED') expect(person?.indicatieBeschutWerk).toBe(true);
        pairs.add(`${introduction.vacancyId}:${introduction.jobSeekerId}`);
      }
      expect(pairs.size).toBe(dataset.introductions.length);
    });

    it('places about 60 doelgroepregister people per region, for the banenafspraak results', () => {
      const registered = new Set(
        dataset.jobSeekers
          .filter((jobSeeker) => jobSeeker.doelgroepregister)
          .map((jobSeeker) => jobSeeker.id),
      );
      const counted = dataset.placements.filter((placement) =>
        registered.has(placement.jobSeekerId),
      );
      // 400 people per region give 40 (a tenth); the default 2,000 give 60.
      expect(counted.length).toBe(3 * 40);
    });

    it('gives the demo employer’s vacancies introductions, so its login has something to see', () => {
      const demoEmployerId = dataset.employerUsers[0].employerId;
      const own = new Set(
        dataset.vacancies
          .filter((vacancy) => vacancy.employerId === demoEmployerId)
          .map((vacancy) => vacancy.id),
      );
      expect(
        dataset.introductions.filter((introduction) => own.has(introduction.vacancyId)).length,
      ).toBeGreaterThanOrEqual(5);
    });

    it('places each person once, for 8-36 hours, starting between 2024 and the reference date', () => {
      expect(dataset.placements.length).toBeGreaterThan(0);
      expect(new Set(dataset.placements.map((placement) => placement.jobSeekerId)).size).toBe(
        dataset.placements.length,
      );
      for (const placement of dataset.placements) {
        expect(placement.hoursPerWeek).toBeGreaterThanOrEqual(8);
        expect(placement.hoursPerWeek).toBeLessThanOrEqual(36);
        expect(placement.startDate >= '2024-01-01' && placement.startDate <= REFERENCE_DATE).toBe(
          true,
        );
        if (placement.endDate)
          expect(
            placement.endDate >= placement.startDate && placement.endDate <= REFERENCE_DATE,
          ).toBe(true);
      }
    });
  });

  it.each([
    [{ jobSeekersPerRegion: 10, employersPerRegion: 0 }],
    [{ jobSeekersPerRegion: -1 }],
    [{ jobSeekersPerRegion: 2.5 }],
  ])('refuses %j', (options) => {
    expect(() => generateDemoDataset(options)).toThrow(RangeError);
  });
});

describe('the demo data in the matching engine', () => {
  // Three weeks after the reference date, as an account manager would open the demo.
  const now = new Date(`${addDays(REFERENCE_DATE, 21)}T12:00:00Z`);
  const MATCHING_OPTIONS = {
    jobSeekersPerRegion: 800,
    employersPerRegion: 80,
    vacanciesPerRegion: 240,
  };
  let dataset: DemoDataset;
  let index: MatchingIndex;
  let openVacancyIds: string[];
  beforeAll(() => {
    dataset = generateDemoDataset(MATCHING_OPTIONS);
    index = indexAsTheApiDoes(dataset, now);
    openVacancyIds = dataset.vacancies
      .filter((vacancy) => vacancy.status === 'OPEN')
      .map((vacancy) => vacancy.id);
  });

  it('gives at least 60 % of the open vacancies five or more eligible candidates', () => {
    const withFive = openVacancyIds.filter(
      (id) => index.topSeekerScoresForVacancy(id, 5).length === 5,
    );
    expect(withFive.length / openVacancyIds.length).toBeGreaterThanOrEqual(0.6);
  });

  it('rules out at least 10 % but not all of the pairs in a region on a required competence', () => {
    const seekerIdsByRegion = groupBy(
      dataset.jobSeekers.filter((jobSeeker) => index.hasSeeker(jobSeeker.id)).map(({ id }) => id),
      (id) => index.seeker(id).regionCode,
    );
    let pairs = 0;
    let ruledOut = 0;
    for (const region of demoRegions()) {
      for (const vacancyId of index.vacancyIdsInRegion(region.code)) {
        for (const seekerId of seekerIdsByRegion.get(region.code) ?? []) {
          pairs++;
          if (
            index
              .explainExclusion(seekerId, vacancyId)
              .some((reason) => reason.code === 'REQUIRED_COMPETENCE_MISSING')
          )
            ruledOut++;
        }
      }
    }
    expect(ruledOut / pairs).toBeGreaterThanOrEqual(0.1);
    expect(ruledOut / pairs).toBeLessThan(0.9);
  });
});

describe(toPostgresText.name, () => {
  it.each([
    [null, 'uuid', null],
    ['abc', 'character varying', 'abc'],
    [12.5, 'numeric', '12.5'],
    [true, 'boolean', 'true'],
    [new Date('2026-10-01T09:30:00Z'), 'timestamp with time zone', '2026-10-01T09:30:00.000Z'],
    [['BICYCLE', 'CAR'], 'transport_mode[]', '{"BICYCLE","CAR"}'],
    [[], 'work_sector[]', '{}'],
    [['say "hi"\\'], 'text[]', '{"say \\"hi\\"\\\\"}'],
    [[{ name: 'Afwas', sharePercent: 100 }], 'jsonb', '[{"name":"Afwas","sharePercent":100}]'],
  ])('writes %j for a %s column as %j', (value, type, text) => {
    expect(toPostgresText(value, type)).toBe(text);
  });
});

describe(parseSeedArguments.name, () => {
  it('uses the defaults without flags', () => {
    expect(parseSeedArguments([])).toEqual({
      options: { jobSeekersPerRegion: 2000, employersPerRegion: 300, vacanciesPerRegion: 600 },
      reset: false,
      help: false,
    });
  });

  it('reads the scale flags and --reset', () => {
    expect(
      parseSeedArguments([
        '--job-seekers',
        '20000',
        '--employers=500',
        '--vacancies',
        '1000',
        '--reset',
      ]),
    ).toEqual({
      options: { jobSeekersPerRegion: 20000, employersPerRegion: 500, vacanciesPerRegion: 1000 },
      reset: true,
      help: false,
    });
  });

  it.each([
    [['--job-seekers', '0']],
    [['--job-seekers', '-5']],
    [['--employers', '1.5']],
    [['--vacancies', 'many']],
    [['--job-seekers', '99999999']],
    [['--unknown']],
    [['extra']],
  ])('refuses %j', (args) => {
    expect(() => parseSeedArguments(args)).toThrow(UsageError);
  });
});
