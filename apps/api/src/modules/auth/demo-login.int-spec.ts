import { createTestApp, createUser, TEST_PASSWORD, type TestApp } from '../../../test/test-app.js';
import { AuthService } from './auth.service.js';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { id } }';

describe(`${AuthService.name} in production mode`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('refuses demo accounts', async () => {
    const demo = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER', isDemo: true });
    const result = await t
      .anonymous()
      .request(LOGIN, { input: { email: demo.email, password: TEST_PASSWORD, portal: 'WSP' } });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Demo-accounts werken niet in productie.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('still lets real accounts in', async () => {
    const user = await createUser(t.dataSource, { role: 'ACCOUNT_MANAGER' });
    const result = await t
      .anonymous()
      .request(LOGIN, { input: { email: user.email, password: TEST_PASSWORD, portal: 'WSP' } });
    expect(result.errors).toBeUndefined();
  });
});
