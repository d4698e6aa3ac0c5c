import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';
import { startService, waitForOk, type Service } from './process.js';
import { findRepoRoot } from './repo.js';

export type PortalName = 'employer' | 'wsp';

const PORTAL_FOLDERS: Readonly<Record<PortalName, string>> = {
  employer: 'apps/employer-portal',
  wsp: 'apps/wsp-portal',
};

export interface StartStackOptions {
  portal: PortalName;
  /** How long the API may take to migrate, seed and answer /health. */
  apiTimeoutMs?: number;
}

export interface Stack {
  /** The API itself, e.g. http://localhost:41234. */
  readonly apiUrl: string;
  /** The built portal served by `vite preview`, proxying /graphql to the API. */
  readonly portalUrl: string;
  /** Both processes' output so far, for failure messages. */
  logs(): string;
  /** Stops the portal and the API (with its embedded PostgreSQL) and deletes the database. */
  stop(): Promise<void>;
}

/**
 * Starts the built API on a fresh embedded PostgreSQL (in a new temporary folder, seeded with a
 * small demo data set) and `vite preview` of the built portal in front of it, on free ports.
 * Needs `apps/api/dist` and the portal's `dist` (turbo's test:e2e depends on build).
 */
export async function startStack({
  portal,
  apiTimeoutMs = 90_000,
}: StartStackOptions): Promise<Stack> {
  const root = findRepoRoot();
  const dataDir = await mkdtemp(join(tmpdir(), 'werkbrug-e2e-'));
  const services: Service[] = [];
  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const apiPort = await freePort();
    const apiUrl = `http://localhost:${apiPort}`;
    const api = startService('API', process.execPath, ['apps/api/dist/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(apiPort),
        WERKBRUG_DATA_DIR: dataDir,
        DEMO_JOB_SEEKERS_PER_REGION: '50',
        // Always the fresh embedded database, even where a DATABASE_URL is set.
        DATABASE_URL: '',
      },
    });
    services.push(api);
    await waitForOk(`${apiUrl}/health`, api, apiTimeoutMs);

    const portalDir = join(root, PORTAL_FOLDERS[portal]);
    const viteBin = join(
      dirname(createRequire(join(portalDir, 'package.json')).resolve('vite/package.json')),
      'bin/vite.js',
    );
    const portalPort = await freePort();
    const portalUrl = `http://localhost:${portalPort}`;
    const preview = startService(`${portal} portal`, process.execPath, [viteBin, 'preview'], {
      cwd: portalDir,
      env: { ...process.env, API_URL: apiUrl, PORT: String(portalPort) },
    });
    services.push(preview);
    await waitForOk(portalUrl, preview, 30_000);

    return {
      apiUrl,
      portalUrl,
      logs: () => services.map((s) => `--- ${s.name}\n${s.output()}`).join('\n'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
