import { DEMO_PASSWORD, findAccessibilityViolations, type Stack } from '@werkbrug/testing';
import type { Page } from 'playwright-core';

/** Logs in through the login page and waits for the start page. */
export async function logIn(page: Page, stack: Stack, email: string): Promise<void> {
  await page.goto(`${stack.portalUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

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
