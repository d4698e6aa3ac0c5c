import { findAccessibilityViolations } from '@werkbrug/testing';
import type { Page } from 'playwright-core';

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
