import { DEMO_ACCOUNTS, DEMO_PASSWORD, setUpPortalBrowser } from '@werkbrug/testing';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { cardOf, expectNoViolations, graphql, nameIn } from './helpers.js';

// The pipeline journey with the keyboard only: Tab to move, Enter or Space to act, typing in
// fields. No clicks: every step of the pipeline must be reachable without a mouse.

const e2e = setUpPortalBrowser('wsp');
/** Browser contexts of a second user in a test (the first uses `e2e.page`). */
const contexts: BrowserContext[] = [];

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function secondPage(): Promise<Page> {
  const context = await e2e.browser.newContext({ locale: 'nl-NL' });
  contexts.push(context);
  return context.newPage();
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator, max = 500): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

async function press(page: Page, target: Locator, key: 'Enter' | 'Space'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Chooses an option of a native select by typing its label on it (the browser's type-ahead). */
async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.type(label);
  const shown = await select.evaluate((element) => {
    const own = element as HTMLSelectElement;
    return own.options[own.selectedIndex]?.text;
  });
  expect(shown).toBe(label);
}

async function logInByKeyboard(page: Page, email: string): Promise<void> {
  await page.goto(`${e2e.stack.portalUrl}/inloggen`);
  await tabTo(page, page.getByLabel('E-mailadres'));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel('Wachtwoord'));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
}

interface Suggestion {
  jobSeeker: { id: string; regionCode: string };
}

/** An open Gooi vacancy with at least two suggestions of Gooi residents not in its pipeline yet. */
async function vacancyWithFreshSuggestions(
  page: Page,
): Promise<{ vacancyId: string; jobSeekerIds: string[] }> {
  const { vacancies } = await graphql<{ vacancies: { nodes: { id: string }[] } }>(
    page,
    'query { vacancies(first: 50, status: OPEN) { nodes { id } } }',
  );
  for (const { id } of vacancies.nodes) {
    const data = await graphql<{
      vacancyMatches: Suggestion[];
      introductions: { nodes: { jobSeeker: { id: string } }[] };
    }>(
      page,
      `
        query ($id: ID!) {
          vacancyMatches(vacancyId: $id, first: 20) {
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
    const taken = new Set(data.introductions.nodes.map((node) => node.jobSeeker.id));
    const fresh = data.vacancyMatches
      .filter((match) => match.jobSeeker?.regionCode === 'AM12' && !taken.has(match.jobSeeker.id))
      .map((match) => match.jobSeeker.id);
    if (fresh.length >= 2) return { vacancyId: id, jobSeekerIds: fresh.slice(0, 2) };
  }
  throw new Error('the demo data has no open vacancy with two fresh suggestions of Gooi residents');
}

describe('The pipeline of a vacancy, with the keyboard only', () => {
  it('shortlists, compares, asks and records consent, introduces, and ends an introduction with a reason', async () => {
    const am = e2e.page;
    await logInByKeyboard(am, DEMO_ACCOUNTS.accountManager);
    const { vacancyId, jobSeekerIds } = await vacancyWithFreshSuggestions(am);
    const [first, second] = jobSeekerIds as [string, string];

    // Open the vacancy and go to its workbench.
    await am.goto(`${e2e.stack.portalUrl}/vacatures/${vacancyId}`);
    await press(am, am.getByRole('link', { name: 'Kandidaten zoeken' }), 'Enter');
    await am.getByRole('heading', { level: 1, name: /^Kandidaten voor / }).waitFor();
    const firstCard = cardOf(am, first);
    const secondCard = cardOf(am, second);
    const firstName = await nameIn(firstCard, first);
    const secondName = await nameIn(secondCard, second);

    // Compare the two side by side.
    await press(am, firstCard.getByRole('checkbox', { name: `${firstName} vergelijken` }), 'Space');
    await press(
      am,
      secondCard.getByRole('checkbox', { name: `${secondName} vergelijken` }),
      'Space',
    );
    await press(am, am.getByRole('button', { name: 'Vergelijken' }), 'Enter');
    const comparison = am.getByRole('table', { name: /^Vergelijking van / });
    await comparison.waitFor();
    expect(await comparison.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining([firstName, secondName]),
    );
    await expectNoViolations(am);

    // Shortlist both.
    for (const [card, name, note] of [
      [firstCard, firstName, 'Ervaring in dit werk.'],
      [secondCard, secondName, ''],
    ] as const) {
      await press(am, card.getByRole('button', { name: `Op shortlist zetten: ${name}` }), 'Enter');
      if (note) await am.keyboard.type(note);
      await press(
        am,
        card.getByRole('button', { name: `${name} op de shortlist zetten` }),
        'Enter',
      );
      await card.getByText(`${name} staat op de shortlist van deze vacature.`).waitFor();
    }

    // To the pipeline board: ask consent for the first.
    await press(am, firstCard.getByRole('link', { name: 'Naar de pijplijn' }), 'Enter');
    const shortlist = am.getByRole('region', { name: /^Shortlist \(/ });
    await press(
      am,
      shortlist.getByRole('button', { name: `Toestemming vragen: ${firstName}` }),
      'Enter',
    );
    await am.keyboard.press('Tab');
    await am.keyboard.type('Gebeld, ze denkt erover na.');
    await press(
      am,
      shortlist.getByRole('button', { name: 'Toestemming vragen', exact: true }),
      'Enter',
    );
    const asked = am.getByRole('region', { name: /^Toestemming gevraagd \(/ });
    await cardOf(asked, first).waitFor();
    await expectNoViolations(am);

    // The consultant records the consent: only a consultant may, on the job-seeker's behalf.
    const consultant = await secondPage();
    await logInByKeyboard(consultant, DEMO_ACCOUNTS.consultant);
    await consultant.goto(`${e2e.stack.portalUrl}/vacatures/${vacancyId}`);
    const consentColumn = consultant.getByRole('region', { name: /^Toestemming gevraagd \(/ });
    await press(
      consultant,
      consentColumn.getByRole('button', { name: `Toestemming vastleggen: ${firstName}` }),
      'Enter',
    );
    // Tab stops at the first choice of a group with none chosen yet: "In een gesprek".
    await press(consultant, consentColumn.getByRole('radio').first(), 'Space');
    await press(
      consultant,
      consentColumn.getByRole('button', { name: 'Toestemming vastleggen', exact: true }),
      'Enter',
    );
    const consentedCard = cardOf(consentColumn, first);
    await consentedCard.getByText(/^Toestemming gegeven op .* \(in een gesprek\)/).waitFor();
    expect(await consentedCard.textContent()).toContain('Fase: Toestemming gegeven');

    // The account manager introduces the person to the employer.
    await am.reload();
    const askedAgain = am.getByRole('region', { name: /^Toestemming gevraagd \(/ });
    await press(
      am,
      askedAgain.getByRole('button', { name: `Voorstellen aan werkgever: ${firstName}` }),
      'Enter',
    );
    await press(
      am,
      askedAgain.getByRole('button', { name: 'Voorstellen aan werkgever', exact: true }),
      'Enter',
    );
    const introduced = cardOf(am.getByRole('region', { name: /^Voorgesteld \(/ }), first);
    // Focus follows the card to its new column.
    const introducedCard = await introduced.elementHandle();
    await am.waitForFunction((element) => element === document.activeElement, introducedCard);
    await press(am, introduced.getByText(/^Geschiedenis/), 'Enter');
    expect(await introduced.textContent()).toMatch(
      /Toestemming gegeven \(door .*\).*Voorgesteld aan werkgever \(door /,
    );
    await expectNoViolations(am);

    // The list view: end the second one's introduction with a reason.
    await press(am, am.getByRole('button', { name: 'Lijst' }), 'Enter');
    const table = am.getByRole('table', { name: 'De pijplijn van deze vacature, per fase' });
    await table.waitFor();
    await expectNoViolations(am);
    const row = table.getByRole('row').filter({ has: am.locator(`a[href="/inwoners/${second}"]`) });
    await press(am, row.getByRole('button', { name: `Beëindigen: ${secondName}` }), 'Enter');
    await chooseOption(am, am.getByLabel('Reden'), 'Niet passend');
    await am.keyboard.press('Tab');
    await am.keyboard.type('Reistijd te lang.');
    await press(am, am.getByRole('button', { name: 'Beëindigen', exact: true }), 'Enter');
    await am
      .getByRole('status')
      .filter({ hasText: `Beëindigen: ${secondName}: gelukt.` })
      .waitFor();
    await row.getByText('Beëindigd: ingetrokken').waitFor();
    await expectNoViolations(am);
    const { introductions } = await graphql<{
      introductions: {
        nodes: {
          status: string;
          endReason: string;
          history: { note: string | null; endReason: string | null }[];
        }[];
      };
    }>(
      am,
      'query ($v: ID!, $j: ID!) { introductions(vacancyId: $v, jobSeekerId: $j) { nodes { status endReason history { note endReason } } } }',
      {
        v: vacancyId,
        j: second,
      },
    );
    expect(introductions.nodes[0]).toMatchObject({
      status: 'WITHDRAWN',
      endReason: 'NOT_SUITABLE',
    });
    expect(introductions.nodes[0]!.history.at(-1)).toEqual({
      note: 'Reistijd te lang.',
      endReason: 'NOT_SUITABLE',
    });
  }, 240_000);

  it('shows a job-seeker the best vacancies, also across the region border', async () => {
    const { page } = e2e;
    await logInByKeyboard(page, DEMO_ACCOUNTS.accountManager);
    const { jobSeekers } = await graphql<{ jobSeekers: { nodes: { id: string }[] } }>(
      page,
      'query { jobSeekers(first: 30) { nodes { id } } }',
    );
    for (const { id } of jobSeekers.nodes) {
      await page.goto(`${e2e.stack.portalUrl}/inwoners/${id}`);
      const link = page.getByRole('link', { name: 'Passende vacatures bekijken' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      if ((await link.count()) === 0) continue;
      await press(page, link, 'Enter');
      await page.getByRole('heading', { level: 1, name: /^Passende vacatures voor / }).waitFor();
      await page.getByRole('region', { name: 'Beste vacatures' }).waitFor();
      await page.waitForFunction(
        () => !document.body.textContent?.includes('Bezig met zoeken naar passende vacatures'),
      );
      if ((await page.getByRole('article').count()) === 0) continue;
      await press(page, page.getByRole('button', { name: /^Uitleg tonen: / }).first(), 'Enter');
      await page
        .getByRole('table', { name: /^Opbouw van de score/ })
        .first()
        .waitFor();
      await expectNoViolations(page);
      return;
    }
    throw new Error('no job-seeker among the first 30 with suggested vacancies');
  }, 180_000);

  it('starts a regional assignment proposal, follows it and puts a chosen pair on the shortlist', async () => {
    const { page } = e2e;
    await logInByKeyboard(page, DEMO_ACCOUNTS.accountManager);
    await press(
      page,
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toewijzing' }),
      'Enter',
    );
    await page.getByRole('heading', { level: 1, name: 'Regionale toewijzing' }).waitFor();
    await expectNoViolations(page);

    await press(page, page.getByRole('button', { name: 'Voorstel starten' }), 'Enter');
    await page.getByRole('progressbar', { name: 'Berekend' }).waitFor();
    const pairs = page.getByRole('table', { name: 'Voorgestelde paren, per vacature' });
    await pairs.waitFor({ timeout: 90_000 });
    expect(await page.getByRole('progressbar', { name: 'Berekend' }).getAttribute('value')).toBe(
      '100',
    );
    await expectNoViolations(page);

    await press(page, pairs.getByRole('checkbox').first(), 'Space');
    await press(page, page.getByRole('button', { name: 'Op shortlist zetten (1)' }), 'Enter');
    const results = page.getByRole('table', { name: 'Resultaat per paar' });
    await results.waitFor();
    expect(await results.getByRole('row').count()).toBe(2);
    expect(await results.textContent()).toMatch(/Op de shortlist gezet|Overgeslagen|Niet gelukt/);
    await expectNoViolations(page);
  }, 180_000);
});
