import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the API reads from its environment, parsed and validated once at boot. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly port: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  readonly databaseUrl: string | null;
  /** Data folder of the embedded PostgreSQL; survives restarts. */
  readonly embeddedDataDir: string;
  readonly embeddedPort: number | null;
  readonly seedDemoData: boolean;
  readonly demoJobSeekersPerRegion: number;
  readonly sessionTtlHours: number;
  readonly cookieSecure: boolean;
  readonly db: {
    readonly poolSize: number;
    readonly connectTimeoutMs: number;
    readonly statementTimeoutMs: number;
  };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function readNodeEnv(env: Env): AppConfig['nodeEnv'] {
  const raw = env.NODE_ENV ?? 'development';
  if (raw === 'development' || raw === 'test' || raw === 'production') return raw;
  throw new ConfigError(`NODE_ENV must be development, test or production, got "${raw}"`);
}

function readDatabaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return raw;
}

/** The repository's root: the nearest folder up from this file holding turbo.json. */
export function findRepoRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(join(dir, 'turbo.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = readNodeEnv(env);
  return {
    nodeEnv,
    port: readInt(env, 'PORT', 3000, 1, 65535),
    databaseUrl: readDatabaseUrl(env),
    embeddedDataDir: resolve(env.WERKBRUG_DATA_DIR || join(findRepoRoot(), '.data', 'postgres')),
    embeddedPort: env.EMBEDDED_PG_PORT ? readInt(env, 'EMBEDDED_PG_PORT', 0, 1, 65535) : null,
    seedDemoData: readBool(env, 'SEED_DEMO_DATA', nodeEnv !== 'production'),
    demoJobSeekersPerRegion: readInt(env, 'DEMO_JOB_SEEKERS_PER_REGION', 2000, 0, 1_000_000),
    sessionTtlHours: readInt(env, 'SESSION_TTL_HOURS', 8, 1, 24 * 14),
    cookieSecure: readBool(env, 'COOKIE_SECURE', true),
    db: {
      poolSize: readInt(env, 'DB_POOL_SIZE', 10, 1, 200),
      connectTimeoutMs: readInt(env, 'DB_CONNECT_TIMEOUT_MS', 5000, 100, 120_000),
      statementTimeoutMs: readInt(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
    },
  };
}
