import type { CodegenConfig } from '@graphql-codegen/cli';
/**
 * Typed operations for the web, generated from the API's committed schema and the `graphql(...)`
 * documents in src. `npm run codegen -w web` writes src/gql/; a test fails when it is stale.
 */
declare const config: CodegenConfig;
export default config;
