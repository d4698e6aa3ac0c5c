import {
  DEMO_ACCOUNTS,
  alertText,
  findAccessibilityViolations,
  logIn,
  logOut,
  pathOf,
  submitLogin,
  setUpPortalBrowser,
  waitForLoginPage,
} from '@werkbrug/testing';

const e2e = setUpPortalBrowser('wsp');

describe('WSP portal login', () => {
  it('sends a visitor to the Dutch login page', async () => {
    const { page, stack } = e2e;
    await page.goto(stack.portalUrl);

    await waitForLoginPage(page);
    expect(pathOf(page)).toBe('/inloggen');
    expect(await page.title()).toBe('Inloggen - Werkbrug WSP-portaal');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it.each([
    ['account manager', DEMO_ACCOUNTS.accountManager, 'Accountmanager'],
    ['consultant', DEMO_ACCOUNTS.consultant, 'Consulent'],
    ['board member', DEMO_ACCOUNTS.boardMember, 'Bestuurslid werkbedrijf'],
    ['admin', DEMO_ACCOUNTS.admin, 'Beheerder'],
  ])('shows the Dutch start page to the demo %s', async (_who, email, role) => {
    const { page, stack } = e2e;
    await logIn(page, stack, email);

    expect(pathOf(page)).toBe('/');
    expect(await page.title()).toBe('Startpagina - Werkbrug WSP-portaal');
    expect(await page.getByRole('main').textContent()).toContain(role);
  });

  it('shows the Dutch error for a wrong password', async () => {
    const { page, stack } = e2e;
    await submitLogin(page, stack, DEMO_ACCOUNTS.accountManager, 'niet-het-wachtwoord');

    expect(await alertText(page)).toContain('E-mailadres of wachtwoord is onjuist.');
    expect(pathOf(page)).toBe('/inloggen');
  });

  it('refuses an account of the employer portal', async () => {
    const { page, stack } = e2e;
    await submitLogin(page, stack, DEMO_ACCOUNTS.employerUser);

    expect(await alertText(page)).toMatch(/werkgeversportaal/);
    expect(pathOf(page)).toBe('/inloggen');
  });

  it('logs out back to the login page', async () => {
    const { page, stack } = e2e;
    await logIn(page, stack, DEMO_ACCOUNTS.consultant);

    await logOut(page);

    await page.goto(stack.portalUrl);
    await waitForLoginPage(page);
    expect(pathOf(page)).toBe('/inloggen');
  });

  it('shows a Dutch page for an unknown address', async () => {
    const { page, stack } = e2e;
    await page.goto(`${stack.portalUrl}/bestaat-niet`);

    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
  });
});

describe('WSP portal accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the login page, also when it shows errors', async () => {
    const { page, stack } = e2e;
    await page.goto(`${stack.portalUrl}/inloggen`);
    await waitForLoginPage(page);
    expect(await findAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it('finds no violations on the start page', async () => {
    const { page, stack } = e2e;
    await logIn(page, stack, DEMO_ACCOUNTS.accountManager);

    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
