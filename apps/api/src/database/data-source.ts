import type { DataSourceOptions } from 'typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** One set of options for Nest, the CLI and the tests. Never synchronize: schema comes from migrations. */
export function dataSourceOptions(url: string, db: AppConfig['db']): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    // Never 'error' or 'query': TypeORM would log query parameters, which hold personal data.
    logging: ['migration'],
    poolSize: db.poolSize,
    connectTimeoutMS: db.connectTimeoutMs,
    extra: {
      // pg waits forever by default: bound every wait.
      connectionTimeoutMillis: db.connectTimeoutMs,
      statement_timeout: db.statementTimeoutMs,
      query_timeout: db.statementTimeoutMs + 1000,
      idle_in_transaction_session_timeout: db.statementTimeoutMs * 2,
      idleTimeoutMillis: 30_000,
      application_name: 'werkbrug-api',
    },
  };
}

export function createDataSource(url: string, db: AppConfig['db']): DataSource {
  return new DataSource(dataSourceOptions(url, db));
}
