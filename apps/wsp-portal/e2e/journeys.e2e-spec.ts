import { DEMO_ACCOUNTS, setUpPortalBrowser, type Stack } from '@werkbrug/testing';
import type { Browser, Page } from 'playwright-core';
import {
  completeFirstCheckIn,
  editCompetenceScan,
  expectNoViolations,
  graphql,
  logIn,
  pathOf,
  recordConsentToBeMatched,
  registerPlacement,
  shortlistFromWorkbench,
} from './helpers.js';

const e2e = setUpPortalBrowser('wsp');
let stack: Stack;
let browser: Browser;
let page: Page;

beforeEach(() => {
  ({ stack, browser, page } = e2e);
});

/** A file of the Groningen region, which the Gooi staff may not open. */
async function fileOfAnotherRegion(): Promise<string> {
  const other = await browser.newContext({ locale: 'nl-NL' });
  try {
    const otherPage = await other.newPage();
    await logIn(otherPage, stack, 'am.groningen@demo.werkbrug.nl');
    const data = await graphql<{ jobSeekers: { nodes: { id: string }[] } }>(
      otherPage,
      'query { jobSeekers(first: 1) { nodes { id } } }',
    );
    return data.jobSeekers.nodes[0].id;
  } finally {
    await other.close();
  }
}

describe('WSP portal menu', () => {
  it.each([
    ['consultant', DEMO_ACCOUNTS.consultant, ['Startpagina', 'Inwoners', 'Plaatsingen', 'Nazorg']],
    [
      'account manager',
      DEMO_ACCOUNTS.accountManager,
      [
        'Startpagina',
        'Inbox',
        'Werkgevers',
        'Vacatures',
        'Matching',
        'Toewijzing',
        'Plaatsingen',
        'Nazorg',
        'Resultaten',
      ],
    ],
    ['board member', DEMO_ACCOUNTS.boardMember, ['Startpagina', 'Resultaten']],
  ])('gives the %s its own menu', async (_who, email, items) => {
    await logIn(page, stack, email);

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(items);
  });
});

describe('Job-seeker files', () => {
  it('lets a consultant find a file and open it', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Inwoners' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Inwoners' }).waitFor();
    await page.getByText(/dossiers gevonden\.$/).waitFor();

    const firstFile = page.getByRole('table').getByRole('link').first();
    const name = (await firstFile.textContent()) ?? '';
    await firstFile.click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(pathOf(page)).toMatch(/^\/inwoners\/[0-9a-f-]{36}$/);
    expect(await page.title()).toBe(`${name} - Dossier - Werkbrug WSP-portaal`);
    await page.getByRole('region', { name: 'Competenties' }).waitFor();
  });

  it('shows a consultant the BSN masked, never whole', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    const { jobSeekers } = await graphql<{
      jobSeekers: { nodes: { id: string; bsnMasked: string | null }[] };
    }>(page, 'query { jobSeekers(first: 20) { nodes { id bsnMasked } } }');
    const withBsn = jobSeekers.nodes.find((node) => node.bsnMasked !== null);
    if (!withBsn) throw new Error('the demo data has no file with a BSN among the first 20');

    await page.goto(`${stack.portalUrl}/inwoners/${withBsn.id}`);

    const person = page.getByRole('region', { name: 'Persoonsgegevens' });
    await person.waitFor();
    expect(await person.textContent()).toContain(`BSN${withBsn.bsnMasked}`);
    expect(withBsn.bsnMasked).toMatch(/^\*{7}\d{2}$/);
  });

  it('shows an account manager of another region "Geen toegang" for a file', async () => {
    const id = await fileOfAnotherRegion();
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);

    await page.goto(`${stack.portalUrl}/inwoners/${id}`);

    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await page.title()).toBe('Geen toegang - Werkbrug WSP-portaal');
    expect(await page.getByRole('main').textContent()).toContain(
      'U heeft geen toegang tot dit dossier.',
    );
  });
});

/** Opens the first file of the consultant's list that matches `query` (e.g. "toestemming=NOT_ASKED"). */
async function openFirstFile(query = ''): Promise<string> {
  await page.goto(`${stack.portalUrl}/inwoners${query ? `?${query}` : ''}`);
  await page.getByText(/dossiers? gevonden\.$/).waitFor();
  const link = page.getByRole('table').getByRole('link').first();
  const name = (await link.textContent()) ?? '';
  await link.click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return name;
}

describe('Competence scan and consent', () => {
  it('lets a consultant score a competence, save the scan and record consent', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    const name = await openFirstFile('toestemming=NOT_ASKED');

    await editCompetenceScan(page, name);
    await recordConsentToBeMatched(page);

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Toestemming' });
    await reloaded.getByRole('button', { name: 'Toestemming intrekken' }).waitFor();
    expect(await reloaded.textContent()).toContain('Schriftelijk');
    const history = reloaded.getByRole('list', { name: 'Geschiedenis van de toestemming' });
    expect(await history.getByRole('listitem').first().textContent()).toMatch(
      /^Gegeven op .* \(schriftelijk\), geldig tot /,
    );
  });

  it('keeps what a consultant typed in the profile when the API refuses it', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await openFirstFile();
    await page.getByRole('link', { name: 'Profiel bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: /^Profiel van .* bewerken$/ }).waitFor();

    // A well-formed postcode whose four digits do not exist: only the API can tell.
    await page.getByLabel('Postcode').fill('1099 ZZ');
    await page.getByLabel('Loonwaarde (%)').fill('65');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();

    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Postcode').inputValue()).toBe('1099 ZZ');
    expect(await page.getByLabel('Loonwaarde (%)').inputValue()).toBe('65');
  });
});

interface OpenVacancy {
  vacancyId: string;
  jobSeekerId: string;
}

/** An open vacancy of the account manager's region with a suggestion nobody put forward yet. */
async function vacancyWithFreshSuggestion(): Promise<OpenVacancy> {
  const { vacancies } = await graphql<{ vacancies: { nodes: { id: string }[] } }>(
    page,
    'query { vacancies(status: OPEN, first: 50) { nodes { id } } }',
  );
  for (const { id } of vacancies.nodes) {
    const data = await graphql<{
      vacancyMatches: { jobSeeker?: { id: string } }[];
      introductions: { nodes: { jobSeeker: { id: string } }[] };
    }>(
      page,
      `
        query ($id: ID!) {
          vacancyMatches(vacancyId: $id, first: 20) {
            ... on VacancyMatch {
              jobSeeker {
                id
              }
            }
          }
          introductions(vacancyId: $id, first: 100) {
            nodes {
              jobSeeker {
                id
              }
            }
          }
        }
      `,
      { id },
    );
    const proposed = new Set(data.introductions.nodes.map((node) => node.jobSeeker.id));
    const fresh = data.vacancyMatches.find(
      (match) => match.jobSeeker && !proposed.has(match.jobSeeker.id),
    );
    if (fresh?.jobSeeker) return { vacancyId: id, jobSeekerId: fresh.jobSeeker.id };
  }
  throw new Error(
    'the demo data has no open vacancy with a suggestion that was not put forward yet',
  );
}

/** An introduction of the region that may be turned into a placement now. */
async function placeableIntroduction(): Promise<{ id: string; vacancyId: string }> {
  const { introductions } = await graphql<{
    introductions: { nodes: { id: string; nextStatuses: string[]; vacancy: { id: string } }[] };
  }>(page, 'query { introductions(first: 100) { nodes { id nextStatuses vacancy { id } } } }');
  const placeable = introductions.nodes.find((node) => node.nextStatuses.includes('PLACED'));
  if (!placeable) throw new Error('the demo data has no introduction that can be placed');
  return { id: placeable.id, vacancyId: placeable.vacancy.id };
}

describe('Employer CRM', () => {
  it('lets an account manager add a contact moment to an employer, and checks the form first', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/werkgevers`);
    await page.getByText(/werkgevers? gevonden\.$/).waitFor();
    await page.getByRole('table').getByRole('link').first().click();
    const moments = page.getByRole('region', { name: 'Contactmomenten' });
    await moments.getByRole('button', { name: 'Contactmoment toevoegen' }).click();
    const subject = `Terugkoppeling ${Date.now()}`;
    await moments.getByLabel('Onderwerp').fill(subject);
    await moments.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await moments.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await moments.getByLabel('Hoe was het contact?').selectOption({ label: 'Telefoon' });
    await moments
      .getByLabel('Notitie (niet verplicht)')
      .fill('Wil volgende maand twee kandidaten spreken.');
    await moments.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await moments.getByText('Het contactmoment is vastgelegd.').waitFor();
    expect(await moments.getByRole('table').getByRole('row').nth(1).textContent()).toContain(
      subject,
    );

    await page.reload();
    await page
      .getByRole('region', { name: 'Contactmomenten' })
      .getByRole('cell', { name: subject })
      .waitFor();
    const agreements = page.getByRole('region', { name: 'Afspraken' });
    await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await agreements.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await agreements.getByRole('alert').waitFor();
    await expectNoViolations(page);
  });
});

describe('Matching and pipeline', () => {
  it('lets an account manager put a suggested person forward from the workbench', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    const { vacancyId, jobSeekerId } = await vacancyWithFreshSuggestion();

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Matching' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Matching' }).waitFor();
    await page.goto(`${stack.portalUrl}/vacatures/${vacancyId}/matching`);
    await page.getByRole('heading', { level: 1, name: /^Kandidaten voor / }).waitFor();

    await shortlistFromWorkbench(page, jobSeekerId);
  });

  it('lets an account manager register a placement from an introduction and complete the first aftercare check-in', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    const introduction = await placeableIntroduction();
    await page.goto(`${stack.portalUrl}/vacatures/${introduction.vacancyId}`);
    await page.locator(`a[href="/plaatsingen/nieuw?introductie=${introduction.id}"]`).click();

    await registerPlacement(page);
    await completeFirstCheckIn(page);

    await page.goto(`${stack.portalUrl}/vacatures/${introduction.vacancyId}`);
    await page
      .getByRole('region', { name: /^Geplaatst \(/ })
      .locator(`#introductie-${introduction.id}`)
      .waitFor();
  });
});

describe('WSP portal accessibility of the work pages (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the file list, also filtered for follow-up', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await page.goto(`${stack.portalUrl}/inwoners`);
    await page.getByText(/dossiers gevonden\.$/).waitFor();
    await expectNoViolations(page);

    await page.getByRole('link', { name: /^Opvolgen \(\d+\)$/ }).click();
    await page.getByText(/^\d+ dossiers? om op te volgen: beschikbaarheid/).waitFor();
    expect(pathOf(page)).toBe('/inwoners');
    await expectNoViolations(page);
    const row = page.getByRole('table').getByRole('row').nth(1);
    await row.getByRole('button', { name: /^Bevestigen: beschikbaarheid van / }).click();
    await row.getByText('Vandaag bevestigd').waitFor();
  });

  it('finds no violations on a file', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await page.goto(`${stack.portalUrl}/inwoners`);
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('region', { name: 'Persoonsgegevens' }).waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the consent form, also when it shows errors', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await openFirstFile('toestemming=WITHDRAWN');
    const consent = page.getByRole('region', { name: 'Toestemming' });
    await consent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consent.getByRole('button', { name: 'Toestemming opslaan' }).click();
    await consent.getByRole('alert').waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the competence scan, on a step and on the result', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await openFirstFile();
    await page.getByRole('link', { name: 'Competentiescan bewerken' }).click();
    await page.getByRole('region', { name: /^Stap 1 van/ }).waitFor();
    await expectNoViolations(page);

    await page.getByRole('button', { name: /\. Resultaat$/ }).click();
    await page.getByRole('region', { name: /: Resultaat$/ }).waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Toon als tabel' }).click();
    await page.getByRole('table').waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the profile form, also when it shows errors', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await openFirstFile();
    await page.getByRole('link', { name: 'Profiel bewerken' }).click();
    await page.getByRole('button', { name: 'Profiel opslaan' }).waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Beschikbaar (uren per week)').fill('99');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the employer list and an employer', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/werkgevers`);
    await page.getByText(/werkgevers? gevonden\.$/).waitFor();
    await expectNoViolations(page);

    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('region', { name: 'Contactpersonen' }).waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the vacancy list, a vacancy with its pipeline, and the matching list', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/vacatures`);
    await page.getByText(/vacatures? gevonden\.$/).waitFor();
    await expectNoViolations(page);

    const { id } = await placeableIntroduction();
    const { introduction } = await graphql<{ introduction: { vacancy: { id: string } } }>(
      page,
      'query ($id: ID!) { introduction(id: $id) { vacancy { id } } }',
      { id },
    );
    await page.goto(`${stack.portalUrl}/vacatures/${introduction.vacancy.id}`);
    await page.getByRole('heading', { level: 3, name: /^Shortlist \(/ }).waitFor();
    await expectNoViolations(page);

    await page.goto(`${stack.portalUrl}/matching`);
    await page.getByText(/open vacatures? gevonden\.$/).waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the matching workbench with an explanation open', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    const { vacancyId } = await vacancyWithFreshSuggestion();
    await page.goto(`${stack.portalUrl}/vacatures/${vacancyId}/matching`);
    await page
      .getByRole('button', { name: /^Uitleg tonen: / })
      .first()
      .click();
    await page
      .getByRole('table', { name: /^Opbouw van de score/ })
      .first()
      .waitFor();
    await expectNoViolations(page);

    await page
      .getByRole('button', { name: /^Op shortlist zetten: / })
      .first()
      .click();
    await page
      .getByLabel(/^Waarom .*\? \(niet verplicht\)$/)
      .first()
      .waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the placements and the placement form, also with errors', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/plaatsingen`);
    await page.getByText(/plaatsingen? gevonden\.$/).waitFor();
    await expectNoViolations(page);

    const { id } = await placeableIntroduction();
    await page.goto(`${stack.portalUrl}/plaatsingen/nieuw?introductie=${id}`);
    await page.getByRole('button', { name: 'Plaatsing registreren' }).waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Plaatsing registreren' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);

    await page.goto(`${stack.portalUrl}/plaatsingen/nieuw`);
    await page.getByRole('link', { name: 'Naar de vacatures' }).waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on the aftercare tasks, for my employers and the whole region', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/nazorg`);
    await page.getByText(/nazorgcontacten? gevonden\.$/).waitFor();
    await expectNoViolations(page);

    await page.getByRole('radio', { name: 'Mijn hele regio' }).check();
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.waitForURL(/bereik=regio/);
    await page.getByText(/nazorgcontacten? gevonden\.$/).waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on a placement, with its check-in form and the end form showing errors', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    const { aftercareTasks } = await graphql<{
      aftercareTasks: { nodes: { placement: { id: string } }[] };
    }>(page, 'query { aftercareTasks(first: 1) { nodes { placement { id } } } }');
    await page.goto(`${stack.portalUrl}/plaatsingen/${aftercareTasks.nodes[0].placement.id}`);
    await page.getByRole('table', { name: /^Nazorgmomenten/ }).waitFor();
    await expectNoViolations(page);

    await page
      .getByRole('button', { name: /^Contact vastleggen / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Contact vastleggen', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await page.getByRole('button', { name: 'Plaatsing beëindigen' }).click();
    await page
      .getByRole('form', { name: 'Plaatsing beëindigen' })
      .getByRole('button', { name: 'Plaatsing beëindigen' })
      .click();
    await page.getByRole('form', { name: 'Plaatsing beëindigen' }).getByRole('alert').waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on "Pagina niet gevonden", for an unknown address and an unknown vacancy', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectNoViolations(page);

    await page.goto(`${stack.portalUrl}/vacatures/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectNoViolations(page);
  });

  it('finds no violations on "Geen toegang"', async () => {
    const id = await fileOfAnotherRegion();
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page.goto(`${stack.portalUrl}/inwoners/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await expectNoViolations(page);
  });
});
