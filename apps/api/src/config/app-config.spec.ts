import { ConfigError, loadConfig } from './app-config.js';

describe(loadConfig.name, () => {
  it('uses an embedded database and development defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: null,
      seedDemoData: true,
      cookieSecure: true,
    });
    expect(config.embeddedDataDir).toMatch(/\.data\/postgres$/);
    expect(config.db).toEqual({ poolSize: 10, connectTimeoutMs: 5000, statementTimeoutMs: 15000 });
  });

  it('does not seed demo data in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ SEED_DEMO_DATA: 'yes' }, /SEED_DEMO_DATA/],
    [{ DB_STATEMENT_TIMEOUT_MS: '0' }, /DB_STATEMENT_TIMEOUT_MS/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes the DATABASE_URL (it may hold a password) in its errors', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:secret@host/db' })).not.toThrow(/secret/);
  });
});
