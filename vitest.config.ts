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
    // A real Neo4j for the Neo4j suites (one server per worker), or a printed reason why not.
    globalSetup: ['tests/neo4j-server/vitest-global-setup.ts'],
    // An external server (NEO4J_URI) is one database: files that wipe it must not run side by side.
    fileParallelism: !process.env.NEO4J_URI,
  },
});
