import { nodePreset } from '@werkbrug/config/jest-node';

// Real API + built portal + Chromium: slow to start, so one worker and generous timeouts.
export default nodePreset({
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  maxWorkers: 1,
  testTimeout: 60_000,
});
