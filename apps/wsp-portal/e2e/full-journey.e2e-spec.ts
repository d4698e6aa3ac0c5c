import { DEMO_ACCOUNTS, logIn, setUpPortalBrowser } from '@werkbrug/testing';
import type { BrowserContext, Page } from 'playwright-core';
import {
  cardOf,
  completeFirstCheckIn,
  editCompetenceScan,
  expectNoViolations,
  graphql,
  recordConsentToBeMatched,
  registerPlacement,
  shortlistFromWorkbench,
} from './helpers.js';

// The whole journey of issue 5, through the UI of the WSP portal with two users side by side:
// the consultant (a second browser context) and the account manager (the test's page).

const e2e = setUpPortalBrowser('wsp');
let consultantContext: BrowserContext | undefined;

afterEach(async () => {
  await consultantContext?.close();
  consultantContext = undefined;
});

interface Pair {
  vacancyId: string;
  jobSeekerId: string;
}

/**
 * A file of the consultant that was never asked for consent and that the matching already puts
 * among the first ten suggestions of an open Gooi vacancy, without being in its pipeline: editing
 * one competence of the scan keeps the person among the 20 the workbench shows.
 */
async function matchingPair(consultant: Page, am: Page): Promise<Pair> {
  const { jobSeekers } = await graphql<{ jobSeekers: { nodes: { id: string }[] } }>(
    consultant,
    'query { jobSeekers(consentStatus: NOT_ASKED, first: 100) { nodes { id } } }',
  );
  const notAsked = new Set(jobSeekers.nodes.map((node) => node.id));
  const { vacancies } = await graphql<{ vacancies: { nodes: { id: string }[] } }>(
    am,
    'query { vacancies(status: OPEN, first: 50) { nodes { id } } }',
  );
  for (const { id } of vacancies.nodes) {
    const data = await graphql<{
      vacancyMatches: { jobSeeker?: { id: string; regionCode: string } }[];
      introductions: { nodes: { jobSeeker: { id: string } }[] };
    }>(
      am,
      `
        query ($id: ID!) {
          vacancyMatches(vacancyId: $id, first: 10) {
            ... on VacancyMatch {
              jobSeeker {
                id
                regionCode
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
    const inPipeline = new Set(data.introductions.nodes.map((node) => node.jobSeeker.id));
    const match = data.vacancyMatches.find(
      ({ jobSeeker }) =>
        jobSeeker?.regionCode === 'AM12' &&
        notAsked.has(jobSeeker.id) &&
        !inPipeline.has(jobSeeker.id),
    );
    if (match?.jobSeeker) return { vacancyId: id, jobSeekerId: match.jobSeeker.id };
  }
  throw new Error(
    'the demo data has no open vacancy with a suggestion of a file never asked for consent',
  );
}

describe('From competence scan to the first aftercare check-in', () => {
  it('takes one person from the scan and consent through matching, the pipeline and a placement to aftercare', async () => {
    const am = e2e.page;
    consultantContext = await e2e.browser.newContext({ locale: 'nl-NL' });
    const consultant = await consultantContext.newPage();
    await logIn(consultant, e2e.stack, DEMO_ACCOUNTS.consultant);
    await logIn(am, e2e.stack, DEMO_ACCOUNTS.accountManager);
    const { vacancyId, jobSeekerId } = await matchingPair(consultant, am);

    // 1. The consultant updates the competence scan and records consent to be matched.
    await consultant.goto(`${e2e.stack.portalUrl}/inwoners/${jobSeekerId}`);
    await consultant.getByRole('region', { name: 'Persoonsgegevens' }).waitFor();
    const name = ((await consultant.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    // One level up (or down from 5), so the person stays a good match.
    await editCompetenceScan(consultant, name, (current) =>
      current === '5' ? '4' : String(Number(current ?? '2') + 1),
    );
    await recordConsentToBeMatched(consultant);

    // 2. The account manager finds the person among the vacancy's suggestions and shortlists.
    await am.goto(`${e2e.stack.portalUrl}/vacatures/${vacancyId}`);
    await am.getByRole('link', { name: 'Kandidaten zoeken' }).click();
    await am.getByRole('heading', { level: 1, name: /^Kandidaten voor / }).waitFor();
    expect(await shortlistFromWorkbench(am, jobSeekerId)).toBe(name);

    // 3. ... and asks the person's consent to be introduced to this employer.
    const shortlist = am.getByRole('region', { name: /^Shortlist \(/ });
    await shortlist.getByRole('button', { name: `Toestemming vragen: ${name}` }).click();
    await shortlist.getByLabel('Toelichting (niet verplicht)').fill('Gebeld, denkt erover na.');
    await shortlist.getByRole('button', { name: 'Toestemming vragen', exact: true }).click();
    await cardOf(
      am.getByRole('region', { name: /^Toestemming gevraagd \(/ }),
      jobSeekerId,
    ).waitFor();

    // 4. The consultant records the person's consent to the introduction.
    await consultant.goto(`${e2e.stack.portalUrl}/vacatures/${vacancyId}`);
    const consentColumn = consultant.getByRole('region', { name: /^Toestemming gevraagd \(/ });
    await consentColumn.getByRole('button', { name: `Toestemming vastleggen: ${name}` }).click();
    // Without saying how the consent was given, the form refuses at the field.
    await consentColumn
      .getByRole('button', { name: 'Toestemming vastleggen', exact: true })
      .click();
    await consentColumn.getByRole('alert').waitFor();
    await expectNoViolations(consultant);
    await consentColumn.getByRole('radio', { name: 'In een gesprek' }).check();
    await consentColumn
      .getByRole('button', { name: 'Toestemming vastleggen', exact: true })
      .click();
    const consented = cardOf(consentColumn, jobSeekerId);
    await consented.getByText(/^Toestemming gegeven op .* \(in een gesprek\)/).waitFor();
    expect(await consented.textContent()).toContain('Fase: Toestemming gegeven');

    // 5. The account manager introduces the person, records the interview and the placement.
    await am.reload();
    const asked = am.getByRole('region', { name: /^Toestemming gevraagd \(/ });
    await asked.getByRole('button', { name: `Voorstellen aan werkgever: ${name}` }).click();
    await asked.getByRole('button', { name: 'Voorstellen aan werkgever', exact: true }).click();
    const introduced = am.getByRole('region', { name: /^Voorgesteld \(/ });
    await cardOf(introduced, jobSeekerId).waitFor();
    await expectNoViolations(am);
    await introduced.getByRole('button', { name: `Gesprek vastleggen: ${name}` }).click();
    await introduced.getByRole('button', { name: 'Gesprek vastleggen', exact: true }).click();
    const interview = cardOf(am.getByRole('region', { name: /^Gesprek \(/ }), jobSeekerId);
    await interview.getByRole('link', { name: `Plaatsing registreren: ${name}` }).click();
    await registerPlacement(am);
    await am.getByRole('heading', { level: 1, name: `Plaatsing van ${name}` }).waitFor();

    // 6. ... and completes the first aftercare check-in.
    await completeFirstCheckIn(am);

    // The pipeline shows the person as placed; the history tells the whole story.
    await am.goto(`${e2e.stack.portalUrl}/vacatures/${vacancyId}`);
    const placed = cardOf(am.getByRole('region', { name: /^Geplaatst \(/ }), jobSeekerId);
    await placed.getByText(/^Geschiedenis/).click();
    expect(await placed.textContent()).toMatch(
      /Voorgedragen.*Toestemming gevraagd.*Toestemming gegeven.*Voorgesteld aan werkgever.*Kennismakingsgesprek.*Geplaatst/,
    );
  }, 240_000);
});
