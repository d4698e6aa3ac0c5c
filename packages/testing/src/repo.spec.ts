import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from './repo.js';

describe(findRepoRoot.name, () => {
  it('finds the folder with turbo.json above this package', () => {
    expect(existsSync(join(findRepoRoot(), 'turbo.json'))).toBe(true);
  });

  it('fails outside a repository', () => {
    expect(() => findRepoRoot('/')).toThrow('no turbo.json above /');
  });
});
