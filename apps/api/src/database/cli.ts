import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { findRepoRoot, loadConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createScratchDatabase } from './scratch-database.js';

/* eslint-disable no-console -- a command-line tool reports on stdout */

const config = loadConfig();

async function withDataSource<T>(
  url: string,
  run: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = createDataSource(url, config.db);
  await dataSource.initialize();
  try {
    return await run(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The configured database: DATABASE_URL, or the embedded server with the app's data folder. */
async function withAppDatabase<T>(run: (dataSource: DataSource) => Promise<T>): Promise<T> {
  if (config.databaseUrl) return withDataSource(config.databaseUrl, run);
  const embedded = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
  });
  try {
    return await withDataSource(embedded.url, run);
  } finally {
    await embedded.stop();
  }
}

/** Entities compared with the schema the migrations build on an empty database. */
async function pendingSchemaChanges() {
  const scratch = await createScratchDatabase(config.databaseUrl, 'check');
  try {
    return await withDataSource(scratch.url, async (dataSource) => {
      await dataSource.runMigrations({ transaction: 'each' });
      return dataSource.driver.createSchemaBuilder().log();
    });
  } finally {
    await scratch.drop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  switch (command) {
    case 'migrate': {
      const applied = await withAppDatabase((ds) => ds.runMigrations({ transaction: 'each' }));
      console.log(
        applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'nothing to migrate',
      );
      return 0;
    }
    case 'revert': {
      await withAppDatabase((ds) => ds.undoLastMigration({ transaction: 'each' }));
      console.log('reverted the last migration');
      return 0;
    }
    case 'check': {
      const changes = await pendingSchemaChanges();
      if (changes.upQueries.length === 0) {
        console.log('entities and migrations agree');
        return 0;
      }
      console.error('entities and migrations disagree; a new migration would run:');
      for (const query of changes.upQueries) console.error(`  ${query.query}`);
      return 1;
    }
    case 'generate': {
      if (!arg || !/^[A-Z][A-Za-z]+$/.test(arg)) {
        console.error('usage: db:generate <VerbNoun>, e.g. AddVacancyDates');
        return 2;
      }
      const changes = await pendingSchemaChanges();
      if (changes.upQueries.length === 0) {
        console.log('no changes: entities and migrations agree');
        return 0;
      }
      const timestamp = Date.now();
      const className = `${arg}${timestamp}`;
      const file = join(
        findRepoRoot(),
        'apps/api/src/database/migrations',
        `${timestamp}-${arg}.ts`,
      );
      const up = changes.upQueries.map((q) => q.query);
      const down = changes.downQueries.map((q) => q.query).reverse();
      await writeFile(file, migrationSource(className, up, down));
      console.log(`wrote ${file}; add it to migrations/index.ts and review the SQL`);
      return 0;
    }
    default:
      console.error('usage: cli.js migrate | revert | check | generate <VerbNoun>');
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
