import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql: without this, type-graphql (CJS) and Apollo (ESM) load two and fail with
    // "Cannot use GraphQLObjectType from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['{graph-schema,api,seeds,web,tests}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
