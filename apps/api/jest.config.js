import { nodePreset } from '@werkbrug/config/jest-node';

// Integration tests share one database and run one file at a time (--runInBand in package.json).
export default {
  // Integration tests boot the app and hash passwords; generous on a loaded 2-core machine.
  testTimeout: 60000,
  projects: [
    nodePreset({ displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] }),
    nodePreset({
      displayName: 'integration',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    }),
  ],
};
