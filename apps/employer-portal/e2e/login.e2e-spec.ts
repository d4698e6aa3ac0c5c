import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  findAccessibilityViolations,
  launchChromium,
  startStack,
  type Stack,
} from '@werkbrug/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startStack({ portal: 'employer' });
  browser = await launchChromium();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
}, 30_000);

beforeEach(async () => {
  context = await browser.newContext({ locale: 'nl-NL' });
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

async function logIn(email: string, password = DEMO_PASSWORD) {
  await page.goto(`${stack.portalUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

describe('employer portal login', () => {
  it('sends a visitor to the Dutch login page', async () => {
    await page.goto(stack.portalUrl);

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(pathOf(page)).toBe('/inloggen');
    expect(await page.title()).toBe('Inloggen - Werkbrug werkgeversportaal');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('shows the Dutch start page after logging in with the demo employer account', async () => {
    await logIn(DEMO_ACCOUNTS.employerUser);

    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    expect(pathOf(page)).toBe('/');
    expect(await page.title()).toBe('Startpagina - Werkbrug werkgeversportaal');
    await page.getByRole('heading', { level: 2, name: 'Uw accountmanager' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Open vacatures');
  });

  it('shows the Dutch error for a wrong password', async () => {
    await logIn(DEMO_ACCOUNTS.employerUser, 'niet-het-wachtwoord');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('E-mailadres of wachtwoord is onjuist.');
    expect(pathOf(page)).toBe('/inloggen');
  });

  it('refuses an account of the WSP portal', async () => {
    await logIn(DEMO_ACCOUNTS.accountManager);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/WSP-portaal/);
    expect(pathOf(page)).toBe('/inloggen');
  });

  it('logs out back to the login page', async () => {
    await logIn(DEMO_ACCOUNTS.employerUser);
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    await page.goto(stack.portalUrl);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(pathOf(page)).toBe('/inloggen');
  });

  it('shows a Dutch page for an unknown address', async () => {
    await page.goto(`${stack.portalUrl}/bestaat-niet`);

    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
  });
});

describe('employer portal accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the login page, also when it shows errors', async () => {
    await page.goto(`${stack.portalUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('finds no violations on the start page', async () => {
    await logIn(DEMO_ACCOUNTS.employerUser);
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();

    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
