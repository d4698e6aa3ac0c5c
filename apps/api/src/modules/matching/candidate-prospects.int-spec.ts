import { DomainEvents } from '../../common/events/domain-events.js';
import {
  createCompetence,
  createEmployer,
  createEmployerLocation,
  createJobSeeker,
  createVacancy,
} from '../../../test/factories.js';
import {
  createTestApp,
  createUser,
  type GraphQLClient,
  type TestApp,
} from '../../../test/test-app.js';
import { MatchingResolver } from './matching.resolver.js';

const MATCHES = `query VacancyMatches($vacancyId: ID!) {
  vacancyMatches(vacancyId: $vacancyId) {
    ... on AnonymousCandidateMatch { candidateNumber startPerspective startPerspectiveLabel instruments }
  } }`;

const TODAY = new Date().toISOString().slice(0, 10);

describe(`${MatchingResolver.name}: start perspective and instruments for employers`, () => {
  let t: TestApp;
  let employerUser: GraphQLClient;
  let vacancyId: string;
  const numbers: Record<'supported' | 'independent', number> = { supported: 0, independent: 0 };

  beforeAll(async () => {
    t = await createTestApp();
    const competence = (await createCompetence(t.dataSource, { trainable: false })).code;
    const employer = await createEmployer(t.dataSource, { regionCode: 'AM12' });
    const location = await createEmployerLocation(t.dataSource, {
      employerId: employer.id,
      postcode: '1271CD',
      city: 'Huizen',
    });
    employerUser = await t.loginAs(
      await createUser(t.dataSource, { role: 'EMPLOYER_USER', employerId: employer.id }),
    );
    const seeker = (options: Parameters<typeof createJobSeeker>[1]) =>
      createJobSeeker(t.dataSource, {
        municipalityCode: 'GM0406',
        postcode: '1271AB',
        consentStatus: 'GRANTED',
        availabilityConfirmedAt: TODAY,
        transportModes: ['BICYCLE'],
        competences: [{ code: competence, level: 4 }],
        ...options,
      });
    const supported = await seeker({
      earningCapacityPercent: 60,
      doelgroepregister: true,
      clientProfile: 1,
      workLimitations: 'Rugklachten',
    });
    const independent = await seeker({ earningCapacityPercent: 100, clientProfile: 3 });
    numbers.supported = supported.candidateNumber;
    numbers.independent = independent.candidateNumber;
    const vacancy = await createVacancy(t.dataSource, {
      employerId: employer.id,
      locationId: location.id,
      competences: [{ code: competence, minLevel: 3 }],
    });
    vacancyId = vacancy.id;
    const events = t.app.get(DomainEvents);
    for (const id of [supported.id, independent.id]) events.jobSeekerChanged(id);
    events.vacancyChanged(vacancy.id);
  });
  afterAll(() => t.close());

  it('derives them from the file and shows only labels and codes', async () => {
    const { vacancyMatches } = await employerUser.data(MATCHES, { vacancyId });
    const byNumber = new Map(
      vacancyMatches.map((m: { candidateNumber: number }) => [m.candidateNumber, m]),
    );
    expect(byNumber.get(numbers.supported)).toEqual({
      candidateNumber: numbers.supported,
      startPerspective: 'DIRECT',
      startPerspectiveLabel: 'Direct beschikbaar',
      instruments: ['LOONKOSTENSUBSIDIE', 'NO_RISK_POLIS', 'JOBCOACH'],
    });
    expect(byNumber.get(numbers.independent)).toMatchObject({
      startPerspective: 'IN_CONSULTATION',
      instruments: [],
    });
    expect(JSON.stringify(vacancyMatches)).not.toMatch(
      /Rugklachten|doelgroepregister|earningCapacity/,
    );
  });
});
