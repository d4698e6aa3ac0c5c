import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/src/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  // Formatted like the rest of the repository, so `prettier --check .` and the drift check agree.
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      // Plain typed documents for Apollo's own hooks; no fragment masking layer on top.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // The API sends DateTime as an ISO 8601 string.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
