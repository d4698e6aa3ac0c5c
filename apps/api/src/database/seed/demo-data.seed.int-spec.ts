import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config.js';
import { verifyPassword } from '../../modules/auth/password.js';
import { createDataSource } from '../data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../scratch-database.js';
import {
  countExistingData,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  seedDemoData,
  truncateOperationalData,
} from './demo-data.seed.js';
import { syncReferenceData } from './reference-data.seed.js';

const OPTIONS = { jobSeekersPerRegion: 40, employersPerRegion: 6, vacanciesPerRegion: 12 };

/** A fingerprint of the demo tables' contents; password hashes are salted, so they are left out. */
async function fingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = [
    'employer',
    'employer_location',
    'job_seeker',
    'job_seeker_competence',
    'vacancy',
    'job_carving_request',
    'introduction_status_change',
    'placement',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = (await dataSource.query(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${table}" t`,
    )) as [{ sum: string }];
    result[table] = row.sum;
  }
  const [users] = (await dataSource.query(
    `SELECT md5(string_agg((id, email, role, organisation_id, employer_id)::text, '|' ORDER BY email)) AS sum FROM app_user`,
  )) as [{ sum: string }];
  result.app_user = users.sum;
  return result;
}

describe(seedDemoData.name, () => {
  let scratch: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    // A database of its own next to the shared test database: the demo data must not meet other tests' rows.
    scratch = await createScratchDatabase(process.env.WERKBRUG_TEST_DATABASE_URL ?? null, 'demo');
    dataSource = createDataSource(scratch.url, loadConfig({ ...process.env, NODE_ENV: 'test' }).db);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await syncReferenceData(dataSource);
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  });

  it('inserts every row the generator reports, into the schema the migrations build', async () => {
    const summary = await seedDemoData(dataSource, OPTIONS);
    for (const [table, rows] of Object.entries(summary)) {
      const [{ count }] = (await dataSource.query(
        `SELECT count(*)::int AS count FROM "${table}"`,
      )) as [{ count: number }];
      expect({ table, count }).toEqual({ table, count: rows });
    }
    expect(await countExistingData(dataSource)).toEqual({
      users: DEMO_LOGINS.length,
      employers: 18,
      jobSeekers: 120,
    });
  });

  it('lets every demo login sign in with the demo password', async () => {
    const users = (await dataSource.query(
      'SELECT email, password_hash AS "passwordHash", is_demo AS "isDemo" FROM app_user',
    )) as {
      email: string;
      passwordHash: string;
      isDemo: boolean;
    }[];
    expect(users.map((user) => user.email).sort()).toEqual(
      DEMO_LOGINS.map((login) => login.email).sort(),
    );
    for (const user of users) {
      expect(user.isDemo).toBe(true);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('numbers the candidates from 1 and gives each a PC4 of the postcode table', async () => {
    const [row] = (await dataSource.query(
      `SELECT min(candidate_number)::int AS first, max(candidate_number)::int AS last,
              count(*) FILTER (WHERE p.pc4 IS NULL)::int AS unknown
         FROM job_seeker j LEFT JOIN postcode_area p ON p.pc4 = j.pc4`,
    )) as [{ first: number; last: number; unknown: number }];
    expect(row).toEqual({ first: 1, last: 120, unknown: 0 });
  });

  it('gives the same rows again after emptying the tables, and keeps the reference data', async () => {
    const before = await fingerprint(dataSource);
    await truncateOperationalData(dataSource);
    expect(await countExistingData(dataSource)).toEqual({ users: 0, employers: 0, jobSeekers: 0 });
    const [{ competences }] = (await dataSource.query(
      'SELECT count(*)::int AS competences FROM competence',
    )) as [{ competences: number }];
    expect(competences).toBeGreaterThan(60);

    await seedDemoData(dataSource, OPTIONS);
    expect(await fingerprint(dataSource)).toEqual(before);
  });
});
