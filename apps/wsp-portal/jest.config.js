import { reactPreset } from '@werkbrug/config/jest-react';

export default reactPreset({
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  // Whole forms typed with user-event take a second or two; more on a busy shared machine.
  testTimeout: 15_000,
});
