import { DEMO_ACCOUNTS, setUpPortalBrowser, type Stack } from '@werkbrug/testing';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expectNoViolations, logIn, pathOf } from './helpers.js';

// Playwright's contexts accept downloads by default, which the CSV tests need.
const e2e = setUpPortalBrowser('wsp');
let stack: Stack;
let page: Page;

beforeEach(() => {
  ({ stack, page } = e2e);
});

/** The text of a download started by `click`, BOM included. */
async function downloadText(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: (await readFile(path)).toString('utf8') };
}

describe('Results dashboard', () => {
  it('takes the board from the start page to the map, a region, another year, the CSV and the report', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.boardMember);
    await page.getByRole('link', { name: 'Bekijk de resultaten van uw regio' }).click();

    // The map: one link per region of the board member, named with its % of the target.
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    const map = page.getByRole('group', { name: /Kaart van de arbeidsmarktregio's/ });
    await map.waitFor();
    const regionLinks = map.getByRole('link');
    expect(await regionLinks.count()).toBe(3);
    expect(await regionLinks.nth(1).getAttribute('aria-label')).toMatch(
      /^Gooi en Vechtstreek: \d+(,\d)? % van de doelstelling$/,
    );
    await page.getByRole('table', { name: /Banenafspraak per arbeidsmarktregio/ }).waitFor();
    await expectNoViolations(page);

    // Open a region with the keyboard: the first region after the period form.
    await page.getByRole('button', { name: 'Periode tonen' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Groningen: /,
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Gooi en Vechtstreek: /,
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Resultaten Gooi en Vechtstreek' }).waitFor();
    expect(pathOf(page)).toBe('/resultaten/AM12');
    await page.getByRole('img', { name: /Staafdiagram van de extra banen per kwartaal/ }).waitFor();
    await page.getByText('Toon als tabel').first().click();
    await page.getByRole('table', { name: 'Banenafspraak: extra banen per kwartaal' }).waitFor();
    await expectNoViolations(page);

    // Another year, kept in the address.
    await page.getByLabel('Jaar').selectOption('2025');
    await page.getByRole('button', { name: 'Periode tonen' }).click();
    await page.waitForURL(/\/resultaten\/AM12\?jaar=2025$/);
    await page.getByText(/uitstroom en plaatsingen van 1 januari 2025/).waitFor();
    const beschut = page.getByRole('table', { name: 'Beschut werk per gemeente' });
    await page
      .getByRole('region', { name: 'Beschut werk per gemeente' })
      .getByText('Toon als tabel')
      .click();
    const hilversum = beschut.getByRole('row', { name: /^Hilversum / });
    const shownInTable = (await hilversum.getByRole('cell').first().textContent()) ?? '';

    // The whole report as CSV: BOM, header, `;`, and the same figure as on screen.
    const report = await downloadText(() =>
      page.getByRole('button', { name: 'Download het hele rapport als CSV' }).click(),
    );
    expect(report.name).toBe('resultaten-gooi-en-vechtstreek-2025.csv');
    expect(report.text.startsWith('\uFEFFOnderdeel;Rij;Kolom;Waarde\r\n')).toBe(true);
    expect(report.text).toContain(
      `Beschut werk per gemeente;Hilversum;Gerealiseerd;${shownInTable}\r\n`,
    );
    // No cell that a spreadsheet would run as a formula.
    for (const line of report.text.slice(1).trimEnd().split('\r\n')) {
      for (const cell of line.split(';')) expect(cell).not.toMatch(/^[=+\-@]/);
    }

    // One section as CSV.
    const funnel = await downloadText(() =>
      page
        .getByRole('button', { name: /^Download als CSV ?: Van voordracht tot plaatsing/ })
        .click(),
    );
    expect(funnel.text).toMatch(/^\uFEFFStap;Personen\r\nVoorgedragen;(\d+|<5)\r\n/);

    // The printable report.
    await page.getByRole('link', { name: 'Printbare versie van het rapport' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rapport resultaten Gooi en Vechtstreek' })
      .waitFor();
    expect(pathOf(page)).toBe('/resultaten/AM12/rapport');
    await page.getByText(/^Periode: 2025\. Gemaakt op /).waitFor();
    expect(await page.getByRole('table').count()).toBe(6);
    await expectNoViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
  });

  it('lets a consultant record an exit from benefit on a file', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await page.goto(`${stack.portalUrl}/inwoners`);
    await page.getByText(/dossiers gevonden\.$/).waitFor();
    await page.getByRole('table').getByRole('link').first().click();
    const panel = page.getByRole('region', { name: 'Uitstroom uit de uitkering' });
    await panel.getByRole('button', { name: 'Uitstroom vastleggen' }).waitFor();

    // Demo files are opened on the day the demo is seeded: today is the only date they accept.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    await panel.getByLabel('Datum van uitstroom').fill(today);
    await panel.getByLabel('Volledig').check();
    await panel.getByLabel('Reden').selectOption('WORK');
    await panel.getByRole('button', { name: 'Uitstroom vastleggen' }).click();

    await panel.getByText(/^Uitstroom per .* is vastgelegd\.$/).waitFor();
    await panel
      .getByRole('table', { name: /Uitstroom uit de uitkering/ })
      .getByRole('cell', { name: 'Volledig' })
      .first()
      .waitFor();
    await expectNoViolations(page);

    // The same day again is refused, and what was typed stays.
    await panel.getByLabel('Datum van uitstroom').fill(today);
    await panel.getByLabel('Gedeeltelijk').check();
    await panel.getByRole('button', { name: 'Uitstroom vastleggen' }).click();
    await panel
      .getByText('Voor deze inwoner is op deze datum al een uitstroom vastgelegd.')
      .waitFor();
    expect(await panel.getByLabel('Datum van uitstroom').inputValue()).toBe(today);
    await expectNoViolations(page);
  });

  it('keeps consultants out', async () => {
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);
    await page.goto(`${stack.portalUrl}/resultaten`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});
