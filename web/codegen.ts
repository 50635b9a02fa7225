import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web, generated from the API's committed schema and the `graphql(...)`
 * documents in src. `npm run codegen -w web` writes src/gql/; a test fails when it is stale.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings: the web sends the text and needs no graphql-js at run time.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
