import { DEMO_ACCOUNTS, setUpPortalBrowser, type Stack } from '@werkbrug/testing';
import type { Page, Response } from 'playwright-core';
import { graphqlAs, type GraphQLClient } from './support/api.js';
import { expectNoViolations, logInAsEmployer, settled } from './support/portal.js';

const e2e = setUpPortalBrowser('employer');
let stack: Stack;
let page: Page;

beforeEach(async () => {
  ({ stack, page } = e2e);
  await logInAsEmployer(page, stack);
});

async function visit(path: string) {
  await page.goto(`${stack.portalUrl}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settled(page);
}

/** The hrefs of the links in main that match, e.g. every vacancy page. */
async function linksTo(pattern: RegExp): Promise<string[]> {
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))];
}

const VACANCY = /^\/vacatures\/[0-9a-f-]{36}$/;
const INTRODUCTION = /^\/voorstellen\/[0-9a-f-]{36}$/;
const JOB_CARVING = /^\/jobcarving\/[0-9a-f-]{36}$/;
const PLACEMENT = /^\/plaatsingen\/[0-9a-f-]{36}$/;

describe('employer portal accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the start page and the organisation page, also with a form open', async () => {
    await visit('/');
    await expectNoViolations(page);

    await visit('/organisatie');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);
    await page
      .getByRole('button', { name: /^Archiveren contactpersoon/ })
      .first()
      .click();
    await expectNoViolations(page);
  });

  it('finds no violations on the vacancy list, a vacancy, its form and its candidates', async () => {
    await visit('/vacatures');
    await expectNoViolations(page);
    await page.getByLabel('Toon vacatures met status').selectOption({ label: 'Concept' });
    await expectNoViolations(page);

    await visit('/vacatures');
    const [vacancy] = await linksTo(VACANCY);
    await visit(vacancy);
    await expectNoViolations(page);
    await visit(`${vacancy}/wijzigen`);
    await expectNoViolations(page);
    await visit(`${vacancy}/kandidaten`);
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations in the new-vacancy form: empty, with errors and with the competence picker in use', async () => {
    await visit('/vacatures/nieuw');
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Groep').selectOption({ label: 'Werkhouding' });
    await page
      .getByRole('button', { name: /^Toevoegen / })
      .first()
      .click();
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations on the candidates of a vacancy that has some', async () => {
    await visit('/vacatures');
    await page.getByRole('link', { name: 'Medewerker groenonderhoud', exact: true }).click();
    await page.getByRole('link', { name: 'Bekijk passende kandidaten' }).click();
    await page.getByRole('article').first().waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the introductions, anonymous and introduced', async () => {
    await visit('/');
    const introductions = await linksTo(INTRODUCTION);
    expect(introductions.length).toBeGreaterThan(1);
    for (const introduction of introductions) {
      await visit(introduction);
      await expectNoViolations(page);
    }
  }, 90_000);

  it('finds no violations in every step of the job-carving wizard, with and without errors', async () => {
    await visit('/jobcarving');
    await expectNoViolations(page);

    await visit('/jobcarving/nieuw');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Afdeling').fill('Buitendienst');
    await page.getByRole('radio', { name: 'Een andere reden' }).check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByLabel('Naam van de functie').fill('Hovenier');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Wat is de taak?').fill('Bladeren ruimen');
    await page.getByLabel('Deel van de werktijd, in procenten').fill('60');
    await page.getByRole('radio', { name: 'Eenvoudig' }).check();
    await page.getByRole('radio', { name: 'Ja', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await page.getByRole('heading', { name: /Stap 4 van 4/ }).waitFor();
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations on a job-carving request and its proposal', async () => {
    await visit('/jobcarving');
    for (const request of await linksTo(JOB_CARVING)) {
      await visit(request);
      await expectNoViolations(page);
    }
    await page.getByRole('link', { name: 'Startpagina' }).click();
    await page.getByRole('link', { name: 'Bekijk het voorstel' }).click();
    await page.getByRole('button', { name: 'Voorstel afwijzen' }).click();
    await page.getByRole('button', { name: 'Voorstel afwijzen' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations in the introduction request on the candidates page, with errors and after sending', async () => {
    await visit('/vacatures');
    await page.getByRole('link', { name: 'Medewerker groenonderhoud', exact: true }).click();
    await page.getByRole('link', { name: 'Bekijk passende kandidaten' }).click();
    await page.getByRole('article').first().waitFor();
    await page.getByRole('button', { name: 'Kennismaking aanvragen' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await page.getByRole('article').first().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Kennismaking aanvragen' }).click();
    await page.getByRole('heading', { name: 'Uw aanvraag is verstuurd' }).waitFor();
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations on the placements, a placement with its LKS form, and the banenafspraak page', async () => {
    await visit('/plaatsingen');
    await expectNoViolations(page);
    // The demo seed gives the demo employer at least one running placement.
    const [placement] = await linksTo(PLACEMENT);
    expect(placement).toMatch(PLACEMENT);
    await visit(placement!);
    await page.getByRole('heading', { level: 2, name: 'LKS-berekening' }).waitFor();
    await expectNoViolations(page);
    await page.getByLabel('Loonwaarde in procenten').fill('');
    await page.getByRole('button', { name: 'Bereken loonkostensubsidie' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await visit('/banenafspraak');
    await page.getByRole('table').waitFor();
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations in the LKS estimate: empty, with errors and with a result', async () => {
    await visit('/lks-berekening');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Bereken loonkostensubsidie' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Bruto uurloon in euro').fill('15');
    await page.getByLabel('Loonwaarde in procenten').fill('45');
    await page.getByLabel('Uren per week').fill('30');
    await page.getByRole('button', { name: 'Bereken loonkostensubsidie' }).click();
    await page.getByText(/Loonkostensubsidie per maand:/).waitFor();
    await expectNoViolations(page);
  }, 90_000);

  it('finds no violations on the 404 page behind the login', async () => {
    await visit('/vacatures/nieuw/bestaat-niet');
    await expectNoViolations(page);
  });
});

interface JobSeekerFile {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  postcode: string;
  birthDate: string | null;
}

/** Every job-seeker file of the demo region, as its consultant sees it. */
async function jobSeekersOfTheRegion(consultant: GraphQLClient): Promise<JobSeekerFile[]> {
  const files: JobSeekerFile[] = [];
  let after: string | null = null;
  do {
    const data: {
      jobSeekers: {
        nodes: JobSeekerFile[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    } = await consultant(
      `query ($after: String) {
        jobSeekers(first: 100, after: $after) {
          nodes { firstName lastName email phone postcode birthDate }
          pageInfo { endCursor hasNextPage }
        }
      }`,
      { after },
    );
    files.push(...data.jobSeekers.nodes);
    after = data.jobSeekers.pageInfo.hasNextPage ? data.jobSeekers.pageInfo.endCursor : null;
  } while (after);
  return files;
}

/** Names and postcodes an employer may see: its own people and staff, and introduced candidates. */
async function legitimatelyVisible(employer: GraphQLClient) {
  const data = await employer<{
    viewer: { displayName: string; employerId: string };
    employerIntroductions: {
      nodes: { candidate: { firstName: string; lastName: string } | null }[];
    };
    jobCarvingRequests: { nodes: { history: { changedByName: string }[] }[] };
  }>(
    `{
      viewer { displayName employerId }
      employerIntroductions(first: 100) { nodes { candidate { firstName lastName } } }
      jobCarvingRequests(first: 100) { nodes { history { changedByName } } }
    }`,
  );
  const { employer: own } = await employer<{
    employer: {
      contacts: { name: string }[];
      locations: { postcode: string }[];
      accountManager: { displayName: string } | null;
    };
  }>(
    `query ($id: ID!) {
      employer(id: $id) { contacts { name } locations { postcode } accountManager { displayName } }
    }`,
    { id: data.viewer.employerId },
  );
  const names = new Set([
    data.viewer.displayName,
    ...own.contacts.map((contact) => contact.name),
    ...(own.accountManager ? [own.accountManager.displayName] : []),
    ...data.jobCarvingRequests.nodes.flatMap((request) =>
      request.history.map((h) => h.changedByName),
    ),
    ...data.employerIntroductions.nodes.flatMap(({ candidate }) =>
      candidate ? [`${candidate.firstName} ${candidate.lastName}`] : [],
    ),
  ]);
  return { names, postcodes: new Set(own.locations.map((location) => location.postcode)) };
}

describe('personal data of job-seekers', () => {
  it('never reaches the employer, in pages or in GraphQL responses, before the introduction', async () => {
    const consultant = await graphqlAs(stack.apiUrl, DEMO_ACCOUNTS.consultant, 'WSP');
    const employer = await graphqlAs(stack.apiUrl, DEMO_ACCOUNTS.employerUser, 'EMPLOYER');
    const files = await jobSeekersOfTheRegion(consultant);
    expect(files.length).toBeGreaterThan(20);
    const visible = await legitimatelyVisible(employer);

    const responses: string[] = [];
    page.on('response', (response: Response) => {
      if (response.url().endsWith('/graphql')) {
        void response.text().then(
          (body) => responses.push(body),
          () => undefined,
        );
      }
    });
    const pages: string[] = [];
    const read = async (path: string) => {
      await visit(path);
      pages.push(await page.locator('body').innerText());
    };

    await read('/');
    const fromStart = await linksTo(INTRODUCTION);
    await read('/vacatures');
    const vacancies = await linksTo(VACANCY);
    for (const vacancy of vacancies) {
      await read(vacancy);
      fromStart.push(...(await linksTo(INTRODUCTION)));
      await read(`${vacancy}/kandidaten`);
    }
    for (const introduction of new Set(fromStart)) await read(introduction);
    await read('/jobcarving');
    for (const request of await linksTo(JOB_CARVING)) await read(request);
    await read('/organisatie');
    await read('/plaatsingen');
    for (const placement of await linksTo(PLACEMENT)) await read(placement);
    await read('/banenafspraak');
    await read('/lks-berekening');

    // Asking for an introduction answers with the new introduction: still anonymous.
    await visit('/vacatures');
    await page.getByRole('link', { name: 'Medewerker groenonderhoud', exact: true }).click();
    await page.getByRole('link', { name: 'Bekijk passende kandidaten' }).click();
    await page.getByRole('article').last().waitFor();
    await page.getByRole('article').last().getByRole('checkbox').check();
    const requested = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('RequestIntroductions'),
    );
    await page.getByRole('button', { name: 'Kennismaking aanvragen' }).click();
    const requestBody = await (await requested).text();
    expect(requestBody).toMatch(/Kandidaat \d+/);
    responses.push(requestBody);
    await page.getByRole('heading', { name: 'Uw aanvraag is verstuurd' }).waitFor();
    pages.push(await page.locator('body').innerText());

    const seen = [...pages, ...responses].join('\n');
    const leaks = files.flatMap((file) => {
      const name = `${file.firstName} ${file.lastName}`;
      return [
        !visible.names.has(name) && seen.includes(name) && `name ${name}`,
        file.email && !visible.names.has(name) && seen.includes(file.email) && `e-mail of ${name}`,
        file.phone && !visible.names.has(name) && seen.includes(file.phone) && `phone of ${name}`,
        !visible.postcodes.has(file.postcode) &&
          seen.includes(file.postcode) &&
          `postcode of ${name}`,
        file.birthDate && seen.includes(file.birthDate) && `birth date of ${name}`,
      ].filter((leak): leak is string => typeof leak === 'string');
    });
    expect(leaks).toEqual([]);
    expect(responses.length).toBeGreaterThan(10);
    expect(seen).toMatch(/Kandidaat \d+/);
  }, 180_000);
});
