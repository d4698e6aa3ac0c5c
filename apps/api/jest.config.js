import { nodePreset } from '@werkbrug/config/jest-node';

// Integration tests share one database and run one file at a time (--runInBand in package.json).
export default {
  projects: [
    nodePreset({ displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] }),
    nodePreset({
      displayName: 'integration',
      roots: ['<rootDir>/src', '<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
      testTimeout: 30000,
    }),
  ],
};
