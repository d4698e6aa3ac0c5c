import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/app-config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { prepareDatabase } from './database/prepare-database.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './database/seed/demo-data.seed.js';

const logger = new Logger('Werkbrug');

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    logger.log(
      `no DATABASE_URL: starting an embedded PostgreSQL with its data in ${config.embeddedDataDir}`,
    );
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      log: (message) => logger.log(message),
    });
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  await prepareDatabase(databaseUrl, config);

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      logger: config.nodeEnv === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
    },
  );
  app.use(cookieParser());
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  await app.listen(config.port);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  logger.log(`API ready: http://localhost:${config.port}/graphql`);
  if (config.seedDemoData && config.nodeEnv !== 'production') {
    logger.log(`demo logins (password ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS)
      logger.log(`  ${login.role.padEnd(16)} ${login.email}  (${login.portal})`);
  }
}

bootstrap().catch((error: unknown) => {
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
