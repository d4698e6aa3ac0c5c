import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { DEMO_PASSWORD, seedDemoData } from './seed/demo-data.seed.js';
import { syncReferenceData } from './seed/reference-data.seed.js';

const logger = new Logger('Database');

/**
 * Brings a database up to date before the API serves: migrations, the reference data (regions,
 * municipalities, postcodes, competence taxonomy) and, on an empty database, the demo data.
 */
export async function prepareDatabase(
  url: string,
  config: AppConfig,
): Promise<{ seededDemo: boolean }> {
  const dataSource = createDataSource(url, config.db);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    await syncReferenceData(dataSource);
    if (!config.seedDemoData) return { seededDemo: false };
    const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM app_user')) as [
      { count: number },
    ];
    if (count > 0) return { seededDemo: false };
    const started = Date.now();
    await seedDemoData(dataSource, { jobSeekersPerRegion: config.demoJobSeekersPerRegion });
    logger.log(
      `demo data created in ${((Date.now() - started) / 1000).toFixed(1)} s (password for every demo login: ${DEMO_PASSWORD})`,
    );
    return { seededDemo: true };
  } finally {
    await dataSource.destroy();
  }
}
