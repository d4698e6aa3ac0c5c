import { findAccessibilityViolations } from '@werkbrug/testing';
import type { Locator, Page } from 'playwright-core';

export { logIn, pathOf } from '@werkbrug/testing';

/** Runs a GraphQL operation as the logged-in user of `page`, through the portal's proxy. */
export async function graphql<T>(page: Page, query: string, variables: object = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables },
  );
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data as T;
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectNoViolations(page: Page): Promise<void> {
  expect(await findAccessibilityViolations(page)).toEqual([]);
}

/** A date relative to today in the Netherlands, as a date input takes it (YYYY-MM-DD). */
export function daysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The card of a person on the workbench or the board, found by the link to their file. */
export function cardOf(scope: Page | Locator, jobSeekerId: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope
    .getByRole('article')
    .filter({ has: page.locator(`a[href="/inwoners/${jobSeekerId}"]`) });
}

/** The person's name on their card: the text of the link to their file. */
export async function nameIn(card: Locator, jobSeekerId: string): Promise<string> {
  return (
    (await card.locator(`a[href="/inwoners/${jobSeekerId}"]`).first().textContent()) ?? ''
  ).trim();
}

/**
 * On a file: opens the competence scan, sets the first competence of step 1 to another level
 * (`levelFor` picks it from the current one), checks the result step, saves, and checks the
 * new level on the file. Returns the competence and its new level.
 */
export async function editCompetenceScan(
  page: Page,
  name: string,
  levelFor: (current: string | null) => string = (current) => (current === '4' ? '2' : '4'),
): Promise<{ label: string; level: string }> {
  await page.getByRole('link', { name: 'Competentiescan bewerken' }).click();
  await page.getByRole('heading', { level: 1, name: `Competentiescan van ${name}` }).waitFor();
  const step = page.getByRole('region', { name: /^Stap 1 van \d+: Werkhouding$/ });
  const competence = step.getByRole('group').first();
  const label = (await competence.locator('legend').textContent()) ?? '';
  const current = await competence.getByRole('radio', { checked: true }).getAttribute('value');
  const level = levelFor(current);
  await competence.getByRole('radio', { name: `Niveau ${level}` }).check();
  await page.getByRole('button', { name: /\. Resultaat$/ }).click();
  expect(
    await page.getByRole('listitem').filter({ hasText: label }).first().textContent(),
  ).toContain(`niveau ${level} van 5`);
  await page.getByRole('button', { name: 'Competentiescan opslaan' }).click();
  await page.getByText('De competentiescan is opgeslagen.').waitFor();
  await page.getByText('Er zijn geen wijzigingen om op te slaan.').waitFor();

  await page.getByRole('link', { name: 'Terug naar het dossier' }).click();
  const competences = page.getByRole('region', { name: 'Competenties' });
  await competences.waitFor();
  expect(
    await competences.getByRole('listitem').filter({ hasText: label }).textContent(),
  ).toContain(`niveau ${level} van 5`);
  return { label, level };
}

/**
 * On a file: records the job-seeker's written consent to be matched, valid for two years
 * (after checking the form proposes one), and checks it is shown as given.
 */
export async function recordConsentToBeMatched(page: Page): Promise<void> {
  const consent = page.getByRole('region', { name: 'Toestemming' });
  await consent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const given = consent.getByLabel(/^Datum waarop de inwoner toestemming gaf/);
  const today = await given.inputValue();
  await consent.getByRole('radio', { name: 'Schriftelijk' }).check();
  const until = consent.getByLabel(/^Geldig tot/);
  expect(await until.inputValue()).toBe(`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
  await until.fill(`${Number(today.slice(0, 4)) + 2}${today.slice(4)}`);
  await consent.getByRole('button', { name: 'Toestemming opslaan' }).click();
  await consent.getByText(/^De toestemming is vastgelegd, geldig tot /).waitFor();
  expect(await consent.textContent()).toContain('Gegeven');
}

/**
 * On a vacancy's matching workbench: opens the explanation of the person's card, puts them on
 * the shortlist with a note, and follows the link to the pipeline, where the card must show
 * the note. Returns the person's name.
 */
export async function shortlistFromWorkbench(page: Page, jobSeekerId: string): Promise<string> {
  const card = cardOf(page, jobSeekerId);
  await card.waitFor();
  const name = await nameIn(card, jobSeekerId);
  await card.getByRole('button', { name: `Uitleg tonen: ${name}` }).click();
  await card.getByRole('table', { name: /^Opbouw van de score/ }).waitFor();
  expect(await card.textContent()).toMatch(/Afstand [\d,]+ km/);

  await card.getByRole('button', { name: `Op shortlist zetten: ${name}` }).click();
  await card.getByLabel(`Waarom ${name}? (niet verplicht)`).fill('Past goed bij het werk.');
  await card.getByRole('button', { name: `${name} op de shortlist zetten` }).click();
  await card.getByText(`${name} staat op de shortlist van deze vacature.`).waitFor();
  await card.getByText('In de pijplijn:').waitFor();

  await card.getByRole('link', { name: 'Naar de pijplijn' }).click();
  const introduction = page
    .getByRole('region', { name: /^Shortlist/ })
    .getByRole('article', { name });
  await introduction.waitFor();
  expect(await introduction.textContent()).toContain('Fase: Shortlist');
  await introduction.getByText(/^Geschiedenis/).click();
  expect(await introduction.textContent()).toContain('Toelichting: Past goed bij het werk.');
  return name;
}

/**
 * On the placement form of an introduction: registers a regular fixed-term job that started two
 * and a half weeks ago (so the check-in after 2 weeks is due), with loonkostensubsidie, and
 * opens the new placement from the confirmation.
 */
export async function registerPlacement(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Plaatsing registreren' }).waitFor();
  await page.getByRole('radio', { name: 'Reguliere baan' }).check();
  await page.getByLabel('Soort contract').selectOption('FIXED_TERM');
  await page.getByLabel('Eerste werkdag').fill(daysFromToday(-17));
  await page.getByLabel('Uren per week').fill('25,5');
  await page.getByLabel('Bruto uurloon in euro').fill('14,40');
  await page.getByRole('checkbox', { name: /^Loonkostensubsidie/ }).check();
  await page.getByLabel('Loonwaarde in procent').fill('60');
  await page.getByRole('button', { name: 'Plaatsing registreren' }).click();

  await page.getByText(/^De plaatsing van .* is geregistreerd\.$/).waitFor();
  expect(new URL(page.url()).pathname).toBe('/plaatsingen');
  await page.getByRole('link', { name: 'Naar de plaatsing en de nazorg' }).click();
  await page.getByRole('heading', { level: 1, name: /^Plaatsing van / }).waitFor();
}

/** On a placement: records the check-in after 2 weeks as a visit that went well. */
export async function completeFirstCheckIn(page: Page): Promise<void> {
  const schedule = page.getByRole('table', { name: /^Nazorgmomenten/ });
  expect(await schedule.getByRole('row').count()).toBe(6);
  await page.getByRole('button', { name: 'Contact vastleggen na 2 weken' }).click();
  const form = page.getByRole('form', { name: 'Nazorgcontact na 2 weken' });
  await form.getByRole('radio', { name: 'Gaat goed' }).check();
  await form.getByLabel('Soort contact').selectOption('VISIT');
  await form
    .getByLabel('Notitie (niet verplicht)')
    .fill('Goed ingewerkt, vaste begeleider op de werkvloer.');
  await form.getByRole('button', { name: 'Contact vastleggen' }).click();

  await page.getByText("Het nazorgcontact 'na 2 weken' is vastgelegd.").waitFor();
  const weekTwo = schedule
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Na 2 weken' }) });
  await weekTwo.getByText(/^Gedaan op /).waitFor();
  expect(await weekTwo.textContent()).toContain(
    'Goed ingewerkt, vaste begeleider op de werkvloer.',
  );
}
