import { reactPreset } from '@werkbrug/config/jest-react';

export default reactPreset({
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  // Page tests type whole forms; on a busy shared machine that takes longer than Jest's 5 s.
  testTimeout: 20_000,
});
