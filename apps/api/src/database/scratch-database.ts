import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * A throwaway, empty database for checks and tests: a new database on DATABASE_URL's server when
 * one is given, else a fresh embedded server in a temporary folder. Removed by `drop()`.
 */
export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(
  serverUrl: string | null,
  label = 'scratch',
): Promise<ScratchDatabase> {
  if (serverUrl) {
    const name = `werkbrug_${label}_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const client = new pg.Client({
          connectionString: serverUrl,
          connectionTimeoutMillis: 5000,
        });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      },
    };
  }
  const parent = await mkdtemp(join(tmpdir(), `werkbrug-${label}-`));
  // The embedded server runs as the postgres user, which must reach its folder.
  await chmod(parent, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(parent, 'data') });
  return {
    url: server.url,
    async drop() {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}
