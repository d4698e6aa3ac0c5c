import { setUpPortalBrowser, type Stack } from '@werkbrug/testing';
import type { Page } from 'playwright-core';
import { logInAsEmployer, pathOf, settled, tabTo } from './support/portal.js';

const e2e = setUpPortalBrowser('employer');
let stack: Stack;
let page: Page;

beforeEach(async () => {
  ({ stack, page } = e2e);
  await logInAsEmployer(page, stack);
});

const main = () => page.getByRole('main');

describe('posting a vacancy', () => {
  it('posts a garantiebaan with competences, publishes it and finds it listed', async () => {
    await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();

    await page.getByRole('radio', { name: 'Garantiebaan' }).check();
    await page.getByLabel('Titel').fill('Medewerker plantsoenonderhoud');
    await page
      .getByLabel('Omschrijving')
      .fill('Onkruid wieden, snoeien en de perken netjes houden.');
    await page.getByLabel('Minimaal aantal uren per week').fill('20');
    await page.getByLabel('Maximaal aantal uren per week').fill('25,5');
    await page.getByLabel('Contractvorm').selectOption({ label: 'Tijdelijk contract' });
    await page.getByLabel('Bruto uurloon vanaf, in euro (niet verplicht)').fill('14,40');
    await page.getByLabel('Zoek een competentie').fill('op tijd');
    await page.getByRole('button', { name: 'Toevoegen Op tijd komen' }).click();
    await page
      .getByRole('group', { name: 'Op tijd komen' })
      .getByRole('radio', { name: 'Niveau 4' })
      .check();
    await page.getByLabel('Zoek een competentie').fill('');
    await page.getByLabel('Groep').selectOption({ label: 'Fysieke belastbaarheid' });
    await page.getByRole('button', { name: 'Toevoegen Buiten werken' }).click();
    await page
      .getByRole('group', { name: 'Buiten werken' })
      .getByRole('radio', { name: 'Gewenst' })
      .check();
    await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();

    await page.getByRole('heading', { level: 1, name: 'Medewerker plantsoenonderhoud' }).waitFor();
    expect(await main().textContent()).toContain('De vacature is opgeslagen en gepubliceerd.');
    const competences = page.getByRole('table', { name: 'Gevraagde competenties' });
    expect(await competences.getByRole('row', { name: /Op tijd komen/ }).textContent()).toContain(
      '4',
    );
    expect(await competences.getByRole('row', { name: /Buiten werken/ }).textContent()).toContain(
      'Gewenst',
    );
    expect(await main().textContent()).toContain('vanaf €\u00a014,40 bruto per uur');

    await page.getByRole('link', { name: 'Alle vacatures' }).click();
    const row = page.getByRole('row', { name: /Medewerker plantsoenonderhoud/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Open');
    expect(await row.textContent()).toContain('Garantiebaan');

    await page.getByRole('link', { name: 'Startpagina' }).click();
    await page
      .getByRole('table', { name: /open vacature/ })
      .getByRole('link', { name: 'Medewerker plantsoenonderhoud' })
      .waitFor();
  }, 90_000);

  it('can be done with the keyboard alone', async () => {
    await page.goto(`${stack.portalUrl}/vacatures`);
    await settled(page);

    await tabTo(page, 'Nieuwe vacature');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
    await tabTo(page, 'Reguliere vacature');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Garantiebaan' }).isChecked()).toBe(true);
    await tabTo(page, 'Titel');
    await page.keyboard.type('Inpakker met toetsenbord');
    await tabTo(page, 'Omschrijving');
    await page.keyboard.type('Dozen inpakken en etiketteren.');
    await tabTo(page, 'Minimaal aantal uren per week');
    await page.keyboard.type('16');
    await tabTo(page, 'Maximaal aantal uren per week');
    await page.keyboard.type('24');
    await tabTo(page, 'Contractvorm');
    await page.keyboard.type('Tijdelijk');
    await tabTo(page, 'Zoek een competentie');
    await page.keyboard.type('op tijd');
    await page.getByRole('button', { name: 'Toevoegen Op tijd komen' }).waitFor();
    await tabTo(page, 'Toevoegen Op tijd komen');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Op tijd komen' }).waitFor();
    await tabTo(page, 'Opslaan en publiceren');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Inpakker met toetsenbord' }).waitFor();
    expect(await main().textContent()).toContain('De vacature is opgeslagen en gepubliceerd.');
    expect(await main().textContent()).toContain('Tijdelijk contract');
    expect(
      await page.getByRole('table', { name: 'Gevraagde competenties' }).textContent(),
    ).toContain('Op tijd komen');
  }, 90_000);

  it('refuses a closing date before the start date, keeping what was typed', async () => {
    await page.goto(`${stack.portalUrl}/vacatures/nieuw`);
    await page.getByRole('radio', { name: 'Reguliere vacature' }).check();
    await page.getByLabel('Titel').fill('Schoonmaker');
    await page.getByLabel('Omschrijving').fill('Kantoren schoonmaken.');
    await page.getByLabel('Minimaal aantal uren per week').fill('12');
    await page.getByLabel('Maximaal aantal uren per week').fill('16');
    await page.getByLabel('Contractvorm').selectOption({ label: 'Tijdelijk contract' });
    await page.getByLabel('Startdatum (niet verplicht)').fill('2026-10-01');
    await page.getByLabel('Sluitingsdatum (niet verplicht)').fill('2026-09-01');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'De sluitingsdatum mag niet voor de startdatum liggen.',
    );
    expect(await page.getByLabel('Titel').inputValue()).toBe('Schoonmaker');
    expect(pathOf(page)).toBe('/vacatures/nieuw');
  });

  it('closes an open vacancy and opens it again', async () => {
    await page.goto(`${stack.portalUrl}/vacatures`);
    await page.getByRole('link', { name: 'Medewerker kwekerij', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Medewerker kwekerij' }).waitFor();

    await page.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByText('De vacature is gesloten.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Heropenen' }).click();
    await page.getByText('De vacature is weer open.').waitFor();
  });
});

describe('the organisation profile', () => {
  it("shows the API's unknown-postcode error at the field, keeping the location typed", async () => {
    await page.getByRole('link', { name: 'Organisatie' }).click();
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    await page.getByLabel('Naam van de vestiging').fill('Depot');
    await page.getByLabel('Postcode').fill('1000 AB');
    await page.getByLabel('Plaats').fill('Amsterdam');
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();

    await page
      .getByText('Deze postcode kennen we niet. Controleer de vier cijfers.')
      .first()
      .waitFor();
    expect(await page.getByLabel('Naam van de vestiging').inputValue()).toBe('Depot');

    await page.getByLabel('Postcode').fill('1217 ab');
    await page.getByRole('button', { name: 'Vestiging toevoegen' }).click();
    await page.getByText('Vestiging is toegevoegd.').waitFor();
    expect(await page.getByRole('article', { name: 'Depot' }).textContent()).toContain(
      '1217 AB Amsterdam',
    );
  });
});

describe('job carving', () => {
  it('submits a request through the wizard and follows its status', async () => {
    await page.getByRole('link', { name: 'Jobcarving' }).click();
    await page.getByRole('link', { name: 'Nieuw jobcarving-verzoek' }).click();

    await page.getByLabel('Afdeling').fill('Kwekerij');
    await page.getByRole('radio', { name: 'We hebben te weinig personeel' }).check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 2 van 4: Functies' }).waitFor();
    await page.getByLabel('Naam van de functie').fill('Kweker');
    await page.getByLabel('Aantal medewerkers in deze functie').fill('4');
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 3 van 4: Taken' }).waitFor();
    const first = page.getByRole('group', { name: 'Taak 1' });
    await first.getByLabel('Wat is de taak?').fill('Potten vullen');
    await first.getByLabel('Deel van de werktijd, in procenten').fill('35');
    await first.getByRole('radio', { name: 'Eenvoudig' }).check();
    await first.getByRole('radio', { name: 'Ja', exact: true }).check();
    await page.getByRole('button', { name: 'Nog een taak toevoegen aan Kweker' }).click();
    const second = page.getByRole('group', { name: 'Taak 2' });
    await second.getByLabel('Wat is de taak?').fill('Teeltplan maken');
    await second.getByLabel('Deel van de werktijd, in procenten').fill('50');
    await second.getByRole('radio', { name: 'Complex' }).check();
    await second.getByRole('radio', { name: 'Nee', exact: true }).check();
    await page.getByRole('button', { name: 'Volgende stap' }).click();

    await page.getByRole('heading', { name: 'Stap 4 van 4: Controleren en indienen' }).waitFor();
    expect(await main().textContent()).toContain('ongeveer 50,4 uur werk per week');
    expect(await page.getByRole('row', { name: /Potten vullen/ }).textContent()).toContain('Ja');
    expect(await page.getByRole('row', { name: /Teeltplan maken/ }).textContent()).toContain('Nee');
    await page.getByRole('button', { name: 'Verzoek indienen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Jobcarving-verzoek Kwekerij' }).waitFor();
    expect(await main().textContent()).toContain('Uw verzoek is ingediend.');
    expect(await main().textContent()).toContain('Ingediend');
    expect(await main().textContent()).toContain('Te weinig personeel');

    await page.getByRole('link', { name: 'Alle jobcarving-verzoeken' }).click();
    await page.getByRole('row', { name: /Kwekerij/ }).waitFor();
  }, 90_000);

  it('accepts a proposed carved role', async () => {
    await page.getByRole('link', { name: 'Bekijk het voorstel' }).click();
    await page.getByRole('region', { name: 'Het voorstel' }).waitFor();

    await page.getByRole('button', { name: 'Voorstel aanvaarden' }).click();

    await page.getByText('U heeft het voorstel aanvaard.', { exact: false }).waitFor();
    expect(await main().textContent()).toContain('Voorstel aanvaard');
  });
});

describe('candidates', () => {
  it('lists anonymous candidates for an open vacancy', async () => {
    await page.goto(`${stack.portalUrl}/vacatures`);
    await page.getByRole('link', { name: 'Medewerker groenonderhoud', exact: true }).click();
    await page.getByRole('link', { name: 'Bekijk passende kandidaten' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Kandidaten voor Medewerker groenonderhoud' })
      .waitFor();
    await settled(page);

    const cards = page.getByRole('article');
    expect(await cards.count()).toBeGreaterThan(0);
    const first = await cards.first().textContent();
    expect(first).toMatch(/^Kandidaat \d+/);
    expect(first).toMatch(/Past \d+ van 100/);
    expect(first).toMatch(/Woont (< \d+ km|50 km of meer) van de vestiging/);
  });
});

describe('requesting an introduction', () => {
  /** A day two weeks from now as YYYY-MM-DD, for a date input. */
  const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

  it('posts a vacancy, picks a suggested candidate and follows the request as "Aangevraagd"', async () => {
    await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
    await page.getByRole('radio', { name: 'Reguliere vacature' }).check();
    await page.getByLabel('Titel').fill('Medewerker kennismaking');
    await page.getByLabel('Omschrijving').fill('Helpen in het magazijn.');
    await page.getByLabel('Minimaal aantal uren per week').fill('8');
    await page.getByLabel('Maximaal aantal uren per week').fill('24');
    await page.getByLabel('Contractvorm').selectOption({ label: 'Tijdelijk contract' });
    // Chosen, not left to the form: the organisation test above adds a second location.
    await page.getByLabel('Vestiging').selectOption({ label: 'Hoofdvestiging, Hilversum' });
    await page.getByLabel('Zoek een competentie').fill('op tijd');
    await page.getByRole('button', { name: 'Toevoegen Op tijd komen' }).click();
    await page
      .getByRole('group', { name: 'Op tijd komen' })
      .getByRole('radio', { name: 'Niveau 1' })
      .check();
    await page.getByRole('button', { name: 'Opslaan en publiceren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Medewerker kennismaking' }).waitFor();

    await page.getByRole('link', { name: 'Bekijk passende kandidaten' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Kandidaten voor Medewerker kennismaking' })
      .waitFor();
    const card = page.getByRole('article').first();
    await card.waitFor();
    const label = (await card.getByRole('heading', { level: 2 }).textContent())!.trim();
    expect(await card.textContent()).toMatch(
      /Start: (Direct beschikbaar|Binnen enkele maanden|In overleg met het WSP)/,
    );

    await card.getByRole('checkbox', { name: `Kies ${label} voor een kennismaking` }).check();
    await page
      .getByLabel('Bericht aan het werkgeversservicepunt (niet verplicht)')
      .fill('Graag een kennismaking in de ochtend.');
    await page.getByLabel('Voorgestelde datum 1 (niet verplicht)').fill(inTwoWeeks());
    await page.getByRole('button', { name: 'Kennismaking aanvragen' }).click();

    await page.getByRole('heading', { name: 'Uw aanvraag is verstuurd' }).waitFor();
    await page.getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    expect(await main().textContent()).toContain('Aangevraagd');
    const steps = page.getByRole('list', { name: 'Voortgang van de kennismaking' });
    expect(await steps.getByRole('listitem').first().textContent()).toContain('Aangevraagd');
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Aangevraagd');
    expect(await main().textContent()).toContain('Deze kandidaat is nog anoniem');
  }, 90_000);
});

describe('the LKS estimate', () => {
  it('computes the subsidy with its steps and says which minimum wage it used', async () => {
    await page.getByRole('link', { name: 'LKS-berekening' }).click();
    await page.getByRole('heading', { level: 1, name: 'LKS-berekening' }).waitFor();

    await page.getByLabel('Bruto uurloon in euro').fill('14,71');
    await page.getByLabel('Loonwaarde in procenten').fill('60');
    await page.getByLabel('Uren per week').fill('24');
    await page.getByLabel('Datum (niet verplicht)').fill('2026-03-01');
    await page.getByRole('button', { name: 'Bereken loonkostensubsidie' }).click();

    await page.getByText(/Loonkostensubsidie per maand:/).waitFor();
    expect(await main().textContent()).toContain('Loonkostensubsidie per maand: €\u00a0815,66');
    expect(await page.getByRole('row', { name: /Subsidie per uur/ }).textContent()).toContain(
      '€\u00a05,88',
    );

    await page.getByLabel('Datum (niet verplicht)').fill('2026-09-01');
    await page.getByRole('button', { name: 'Bereken loonkostensubsidie' }).click();
    await page
      .getByText(
        'Berekend met het minimumloon per 1 januari 2026; het bedrag per 1 juli 2026 is nog niet opgenomen.',
      )
      .waitFor();
  });
});
