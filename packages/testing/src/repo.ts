import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root: the nearest folder up from here that holds turbo.json. */
export function findRepoRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'turbo.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no turbo.json above ${start}`);
  }
}
