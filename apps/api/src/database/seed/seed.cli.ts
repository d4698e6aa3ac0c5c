import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config.js';
import { createDataSource } from '../data-source.js';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import {
  countExistingData,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  seedDemoData,
  truncateOperationalData,
} from './demo-data.seed.js';
import { syncReferenceData } from './reference-data.seed.js';
import { parseSeedArguments, USAGE, UsageError, type SeedArguments } from './seed-args.js';

/* eslint-disable no-console -- a command-line tool reports on stdout */

async function seed(dataSource: DataSource, args: SeedArguments): Promise<number> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) console.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
  await syncReferenceData(dataSource);

  if (args.reset) {
    await truncateOperationalData(dataSource);
    console.log('emptied all non-reference tables');
  } else {
    const existing = await countExistingData(dataSource);
    if (existing.users + existing.employers + existing.jobSeekers > 0) {
      console.error(
        `the database already holds data (${existing.users} users, ${existing.employers} employers, ` +
          `${existing.jobSeekers} job-seekers); run with --reset to replace it`,
      );
      return 1;
    }
  }

  const started = performance.now();
  const summary = await seedDemoData(dataSource, args.options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`demo data created in ${seconds} s:`);
  for (const [table, rows] of Object.entries(summary)) console.log(`  ${table.padEnd(28)} ${rows}`);
  console.log(`demo logins (password ${DEMO_PASSWORD}):`);
  for (const login of DEMO_LOGINS) console.log(`  ${login.email.padEnd(38)} ${login.description}`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseSeedArguments(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  if (config.nodeEnv === 'production') {
    console.error('refusing to create demo data in production (NODE_ENV=production)');
    return 1;
  }
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
  try {
    const dataSource = createDataSource(config.databaseUrl ?? embedded!.url, config.db);
    await dataSource.initialize();
    try {
      return await seed(dataSource, args);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
