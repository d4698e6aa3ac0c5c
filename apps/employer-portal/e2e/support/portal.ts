import {
  DEMO_ACCOUNTS,
  findAccessibilityViolations,
  logIn,
  pathOf,
  type Stack,
} from '@werkbrug/testing';
import type { Page } from 'playwright-core';

export { pathOf };

export async function logInAsEmployer(page: Page, stack: Stack): Promise<void> {
  await logIn(page, stack, DEMO_ACCOUNTS.employerUser);
}

/** Waits until no page says it is loading any more. */
export async function settled(page: Page): Promise<void> {
  await page
    .getByText(/^Bezig met (laden|zoeken)/)
    .first()
    .waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
}

/** axe-core with the WCAG 2.1 A and AA rules, with the route in the failure message. */
export async function expectNoViolations(page: Page): Promise<void> {
  await settled(page);
  const violations = await findAccessibilityViolations(page);
  expect({ route: pathOf(page), violations }).toEqual({ route: pathOf(page), violations: [] });
}

/** The accessible-ish name of the focused element: its label, aria-label or text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element || element === document.body) return '';
    const label = element.labels?.[0]?.textContent ?? element.getAttribute('aria-label');
    return (label ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name matches: proves it can be reached by keyboard. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 120): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`"${String(name)}" was not reached with ${maxPresses} presses of Tab`);
}
