// GraphQL Code Generator (npm run codegen): types every operation of the web app from the
// committed schema.gql with the client preset. Documents are kept as strings (no GraphQL parser
// in the browser); the output in src/gql/ is committed and checked by src/api/operations.spec.ts.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx', '!apps/web/src/gql/**', '!apps/web/src/**/*.spec.ts'],
  ignoreNoDocuments: false,
  // Relative imports with .js, as the rest of the repository writes them.
  importExtension: '.js',
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: 'string', Date: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
