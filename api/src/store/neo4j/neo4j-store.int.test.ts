import { describe, expect, it } from 'vitest';
import { defineGraphStoreContract } from '../contract/graph-store.contract';
import type { GraphStore } from '../graph-store';
import { StoreUnavailableError } from '../store-errors';
import { openNeo4jStore } from './neo4j-store';
import { neo4jSkipReason, testNeo4jConfig, wipeNeo4j } from './testing/test-neo4j';

// The shared GraphStore contract against a real Neo4j 5 server: the one the test run started
// (tests/neo4j-server) or the one NEO4J_URI names. Its database is WIPED before every test.
const config = testNeo4jConfig();

async function freshStore(): Promise<GraphStore> {
  await wipeNeo4j(config!);
  const store = openNeo4jStore(config!);
  await store.init();
  return store;
}

describe.runIf(config)('Neo4j store against a live server', () => {
  defineGraphStoreContract('neo4j', freshStore);
});

describe('Neo4j store without a server', () => {
  it('says whether the Neo4j suite ran', () => {
    if (config) console.info(`Neo4j contract suite ran against ${config.uri} (database ${config.database})`);
    else console.warn(`Neo4j contract suite SKIPPED: ${neo4jSkipReason()}`);
    expect(config === null || config.password !== '', 'set NEO4J_PASSWORD together with NEO4J_URI').toBe(true);
  });

  it('fails init as unavailable, keeping the driver error as cause, when no server answers', async () => {
    const store = openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused', database: 'neo4j' });
    try {
      const error = await store.init().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).cause).toMatchObject({ code: 'ServiceUnavailable' });
    } finally {
      await store.close();
    }
  });

  it('fails reads and writes fast with a retryable StoreUnavailableError instead of hanging', async () => {
    // The driver's default would retry for 30 s; the store's driver settings cut that to seconds.
    const store = openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused', database: 'neo4j' });
    try {
      for (const call of [() => store.ping(), () => store.getActor('x'), () => store.upsertActor({ id: 'x', kind: 'Organisation', name: 'X' })]) {
        const started = Date.now();
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect(error).toMatchObject({ retryable: true, store: 'neo4j' });
        expect(Date.now() - started).toBeLessThan(10_000);
      }
    } finally {
      await store.close();
    }
  });
});
