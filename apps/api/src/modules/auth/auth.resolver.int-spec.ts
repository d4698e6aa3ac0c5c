import { createTestApp, createUser, TEST_PASSWORD, type TestApp } from '../../../test/test-app.js';
import { AuthResolver } from './auth.resolver.js';

const LOGIN =
  'mutation Login($input: LoginInput!) { login(input: $input) { id email roles displayName organisationName employerId regionCodes } }';
const VIEWER = '{ viewer { id roles regionCodes } }';

describe(AuthResolver.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs a WSP user in with an httpOnly, SameSite=Strict session cookie', async () => {
    const user = await createUser(t.dataSource, {
      role: 'ACCOUNT_MANAGER',
      regionCodes: ['AM12', 'AM01'],
    });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email: user.email, password: TEST_PASSWORD, portal: 'WSP' } },
      }),
    });
    const body = (await response.json()) as {
      data: { login: { id: string; roles: string[]; regionCodes: string[] } };
    };
    expect(body.data.login).toMatchObject({
      id: user.id,
      roles: ['ACCOUNT_MANAGER'],
      regionCodes: ['AM01', 'AM12'],
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^werkbrug_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('returns the viewer for the session and null without one', async () => {
    const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
    const client = await t.loginAs(user);
    expect((await client.data(VIEWER)).viewer).toMatchObject({
      id: user.id,
      roles: ['CONSULTANT'],
    });
    expect((await t.anonymous().data(VIEWER)).viewer).toBeNull();
  });

  it('accepts the e-mail address in any case', async () => {
    const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
    const result = await t.anonymous().request(LOGIN, {
      input: { email: user.email.toUpperCase(), password: TEST_PASSWORD, portal: 'WSP' },
    });
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['a wrong password', (email: string) => ({ email, password: 'wrong', portal: 'WSP' })],
    [
      'an unknown e-mail address',
      () => ({ email: 'niemand@test.werkbrug.nl', password: TEST_PASSWORD, portal: 'WSP' }),
    ],
  ])('refuses %s with UNAUTHENTICATED and the same message', async (_case, input) => {
    const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
    const result = await t.anonymous().request(LOGIN, { input: input(user.email) });
    expect(result.errors?.[0]).toMatchObject({
      message: 'E-mailadres of wachtwoord is onjuist.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a staff account in the employer portal with FORBIDDEN', async () => {
    const user = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER' });
    const result = await t.anonymous().request(LOGIN, {
      input: { email: user.email, password: TEST_PASSWORD, portal: 'EMPLOYER' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('blocks an address after five failed attempts, even with the right password', async () => {
    const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
    const client = t.anonymous();
    for (let i = 0; i < 5; i++) {
      await client.request(LOGIN, {
        input: { email: user.email, password: `fout-${i}`, portal: 'WSP' },
      });
    }
    const result = await client.request(LOGIN, {
      input: { email: user.email, password: TEST_PASSWORD, portal: 'WSP' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('rejects malformed input with BAD_USER_INPUT and the field path', async () => {
    const result = await t
      .anonymous()
      .request(LOGIN, { input: { email: 'geen-adres', password: 'x', portal: 'WSP' } });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', message: 'Vul een geldig e-mailadres in.' }],
    });
  });

  it('ends the session on logout', async () => {
    const user = await createUser(t.dataSource, { role: 'CONSULTANT' });
    const client = await t.loginAs(user);
    expect(await client.data('mutation { logout }')).toEqual({ logout: true });
    expect((await client.data(VIEWER)).viewer).toBeNull();
  });
});
