import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo.js';
import type { Stack } from './stack.js';

/** Both portals log in at this path. */
export const LOGIN_PATH = '/inloggen';

type PortalAddress = Pick<Stack, 'portalUrl'>;

/** The path of the page's current address. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Opens the login page, fills in the form and presses "Inloggen"; waits for nothing after. */
export async function submitLogin(
  page: Page,
  stack: PortalAddress,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${stack.portalUrl}${LOGIN_PATH}`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Waits until the start page greets the user. */
export async function waitForStartPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
}

/** Logs in with the demo password through the login page and waits for the start page. */
export async function logIn(page: Page, stack: PortalAddress, email: string): Promise<void> {
  await submitLogin(page, stack, email);
  await waitForStartPage(page);
}

/** Waits until the login page is shown. */
export async function waitForLoginPage(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

/** Presses "Uitloggen" and waits for the login page saying so. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await waitForLoginPage(page);
  await page.getByText('U bent uitgelogd.').waitFor();
}

/** Waits for the page's alert and returns its text. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}
