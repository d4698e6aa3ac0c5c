import { reactPreset } from '@werkbrug/config/jest-react';

export default reactPreset({
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
});
