import { describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { defineGraphStoreContract } from '../contract/graph-store.contract';
import type { GraphStore } from '../graph-store';
import { StoreUnavailableError } from '../store-errors';
import { Neo4jGraphStore, openNeo4jStore } from './neo4j-store';
import { driverTransactions } from './neo4j-transactions';

// Runs the shared GraphStore contract against a real Neo4j 5 server when NEO4J_URI is set, e.g.
// NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret npx vitest run api/src/store/neo4j
// The database is WIPED before every test: never point this at data you want to keep.
const uri = process.env.NEO4J_URI;
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? '';
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

/** Deletes every node in batches, so a large leftover graph does not need one huge transaction. */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database });
  try {
    for (;;) {
      const result = await session.executeWrite((tx) => tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted'));
      const deleted = result.records[0]?.get('deleted');
      if (!deleted || (neo4j.isInt(deleted) ? deleted.toNumber() : Number(deleted)) === 0) return;
    }
  } finally {
    await session.close();
  }
}

async function freshStore(): Promise<GraphStore> {
  const driver = neo4j.driver(uri ?? '', neo4j.auth.basic(user, password));
  await wipe(driver);
  const store = new Neo4jGraphStore(driverTransactions(driver, database));
  await store.init();
  return store;
}

describe.runIf(uri)('Neo4j store against a live server', () => {
  defineGraphStoreContract('neo4j', freshStore);
});

describe('Neo4j store without a server', () => {
  it('reports whether the Neo4j suite ran', () => {
    if (uri) {
      console.info(`Neo4j contract suite ran against ${uri} (database ${database})`);
      expect(password, 'set NEO4J_PASSWORD together with NEO4J_URI').not.toBe('');
    } else {
      console.warn('Neo4j contract suite skipped: NEO4J_URI is not set');
    }
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
