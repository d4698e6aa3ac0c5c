import { DEMO_ACCOUNTS, DEMO_PASSWORD, setUpPortalBrowser, type Stack } from '@werkbrug/testing';
import type { Page } from 'playwright-core';
import { expectNoViolations, graphql, logIn, pathOf } from './helpers.js';

// The tests of this file are one story on the same page, so they keep one browser context for
// the account manager (and one for the employer) over the file instead of a fresh one per test.
const e2e = setUpPortalBrowser('wsp');
let stack: Stack;
let page: Page;
let employerPage: Page;

interface DemoRequest {
  id: string;
  department: string;
  employer: { name: string };
}

beforeAll(async () => {
  ({ stack } = e2e);
  page = await (await e2e.browser.newContext({ locale: 'nl-NL' })).newPage();
  // The employer answers the proposal through the API, logged in as the demo employer.
  employerPage = await (await e2e.browser.newContext({ locale: 'nl-NL' })).newPage();
});

const main = () => page.getByRole('main');

/** Logs the demo employer in through the API (its portal is not running in this stack). */
async function employerGraphql<T>(query: string, variables: object = {}): Promise<T> {
  if (!employerPage.url().startsWith(stack.portalUrl)) {
    await employerPage.goto(`${stack.portalUrl}/inloggen`);
    await graphql(employerPage, 'mutation($input: LoginInput!) { login(input: $input) { id } }', {
      input: { email: DEMO_ACCOUNTS.employerUser, password: DEMO_PASSWORD, portal: 'EMPLOYER' },
    });
  }
  return graphql<T>(employerPage, query, variables);
}

describe('job carving in the WSP portal', () => {
  let request: DemoRequest;

  it("opens the demo employer's submitted request from the inbox", async () => {
    const { jobCarvingRequests } = await employerGraphql<{
      jobCarvingRequests: { nodes: DemoRequest[] };
    }>(
      'query { jobCarvingRequests(status: SUBMITTED, first: 10) { nodes { id department employer { name } } } }',
    );
    request = jobCarvingRequests.nodes[0];
    expect(request).toBeDefined();

    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Inbox' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.getByRole('table', { name: /Verzoeken die wachten/ }).waitFor();
    await page
      .getByRole('table', { name: /Nieuwe open vacatures/ })
      .or(page.getByText('Er zijn geen nieuwe vacatures.'))
      .waitFor();
    await expectNoViolations(page);

    await page
      .getByRole('link', { name: `${request.department}, ${request.employer.name}` })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `Jobcarving-verzoek ${request.department}` })
      .waitFor();
    expect(pathOf(page)).toBe(`/jobcarving/${request.id}`);
    expect(await main().textContent()).toContain('Ingediend');
    await expectNoViolations(page);
  }, 90_000);

  it('records the task analysis, which starts the analysis', async () => {
    const analysis = page.getByRole('form', { name: 'Taakanalyse' });
    await analysis
      .getByLabel('Bevindingen (niet verplicht)')
      .fill('Een ochtend meegelopen op de afdeling.');
    await analysis.getByRole('button', { name: 'Analyse vastleggen en starten' }).click();

    await page.getByRole('heading', { level: 2, name: 'Nieuwe functie samenstellen' }).waitFor();
    await page.getByText('De taakanalyse is vastgelegd.').waitFor();
    expect(await main().textContent()).toContain('Werk wordt geanalyseerd');
    await expectNoViolations(page);
  }, 60_000);

  it('composes the carved role and proposes it to the employer', async () => {
    const composer = page.getByRole('form', { name: 'Nieuwe functie samenstellen' });
    expect(await composer.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    await composer.getByLabel('Titel van de nieuwe functie').fill('Medewerker ondersteuning');
    await composer.getByLabel('Uren per week').fill('20');
    await composer.getByLabel('Competentie zoeken').fill('Op tijd');
    await composer.getByRole('button', { name: 'Op tijd komen toevoegen' }).click();
    await composer.getByLabel('Minimumniveau').selectOption({ label: 'Niveau 3' });
    await composer
      .getByLabel('Voorstel aan de werkgever')
      .fill('Een nieuwe functie met het eenvoudige werk van de afdeling.');
    await expectNoViolations(page);
    await composer.getByRole('button', { name: 'Voorstel versturen' }).click();

    await page
      .getByRole('heading', { level: 2, name: 'Voorstel: Medewerker ondersteuning' })
      .waitFor();
    const text = await main().textContent();
    expect(text).toContain('Voorstel gedaan');
    expect(text).toContain('20 uur');
    expect(text).toContain('Op tijd komen: minstens niveau 3 (vereist)');
    await expectNoViolations(page);
  }, 60_000);

  it('creates the garantiebaan vacancy after the employer accepted', async () => {
    const { changeJobCarvingStatus } = await employerGraphql<{
      changeJobCarvingStatus: { status: string };
    }>('mutation($id: ID!) { changeJobCarvingStatus(id: $id, status: ACCEPTED) { status } }', {
      id: request.id,
    });
    expect(changeJobCarvingStatus.status).toBe('ACCEPTED');

    await page.reload();
    const form = page.getByRole('form', { name: 'Vacature aanmaken' });
    await form.waitFor();
    expect(await form.getByLabel('Titel van de vacature').inputValue()).toBe(
      'Medewerker ondersteuning',
    );
    expect(await form.getByLabel('Minimaal aantal uren per week').inputValue()).toBe('20');
    await expectNoViolations(page);

    const locations = form.getByLabel('Vestiging');
    const firstLocation = await locations.locator('option').nth(1).getAttribute('value');
    await locations.selectOption(firstLocation ?? '');
    await form.getByLabel('Soort contract').selectOption({ label: 'Tijdelijk contract' });
    await form.getByRole('button', { name: 'Vacature aanmaken' }).click();

    await page.getByText('Van het voorstel is een vacature gemaakt.').waitFor();
    await expectNoViolations(page);
    await main().getByRole('link', { name: 'Medewerker ondersteuning' }).click();
    await page.getByRole('heading', { level: 1, name: /Medewerker ondersteuning/ }).waitFor();
    expect(pathOf(page)).toMatch(/^\/vacatures\//);
  }, 60_000);
});
