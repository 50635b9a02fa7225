import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { generateGraph } from '@weefsel/seeds';
import { defineGraphStoreContract } from '../contract/graph-store.contract';
import { fixtureDocument } from '../contract/fixture';
import type { GraphStore } from '../graph-store';
import { failFastDriverConfig } from './neo4j-errors';
import { Neo4jGraphStore, openNeo4jStore } from './neo4j-store';
import { brusselsClock } from '../shared/status-on-read';
import { driverTransactions, type TransactionSource } from './neo4j-transactions';
import { testNeo4jConfig, wipeNeo4j } from './testing/test-neo4j';

// Large imports are written in batches under a journal (neo4j-staged-import.ts). Here every import
// is staged, in batches of a few records, so the whole contract runs through that path.
const config = testNeo4jConfig();
const everyImportStaged = { above: 0, batch: 4, staleAfterMs: 60_000 };

async function freshStore(): Promise<GraphStore> {
  await wipeNeo4j(config!);
  const store = openNeo4jStore(config!, everyImportStaged);
  await store.init();
  return store;
}

/**
 * Driver transactions whose `failAt`-th write after `arm()` throws, as a lost connection or a full
 * disk would (armed after `init`, whose schema statements are writes too).
 */
function failingOnWrite(failAt: number): { source: TransactionSource; writes: () => number; arm: () => void } {
  const driver = neo4j.driver(config!.uri, neo4j.auth.basic(config!.user, config!.password), failFastDriverConfig);
  const inner = driverTransactions(driver, config!.database);
  let writes = Number.NEGATIVE_INFINITY;
  const source: TransactionSource = {
    ...inner,
    write: (work) => {
      writes += 1;
      if (writes === failAt) return Promise.reject(new Error('simulated failure in the middle of an import'));
      return inner.write(work);
    },
  };
  return { source, writes: () => writes, arm: () => void (writes = 0) };
}

async function everything(store: GraphStore) {
  return { graph: await store.exportGraph(), audit: await store.auditLog({}, { offset: 0, limit: 500 }) };
}

describe.runIf(config)('Neo4j store with every import staged in small batches', () => {
  defineGraphStoreContract('neo4j, staged imports', freshStore, { everyImportStaged: true });

  it.each([
    ['adding to the graph', false],
    ['replacing the graph', true],
  ])('undoes every written batch when one fails, %s', async (_name, replace) => {
    const base = await freshStore();
    await base.importGraph(fixtureDocument());
    const before = await everything(base);
    await base.close();

    const doc = generateGraph({ seed: 3, actors: 200, relations: 600 });
    // Fail at the 20th write transaction of the import: well after its first batches were committed.
    const failing = failingOnWrite(20);
    const store = new Neo4jGraphStore(failing.source, brusselsClock, { ...everyImportStaged, batch: 25 });
    await store.init();
    failing.arm();
    try {
      await expect(store.importGraph(doc, { replace })).rejects.toThrow(/simulated failure/);
      expect(failing.writes()).toBeGreaterThan(20);
      expect(await everything(store)).toEqual(before);
      // Nothing of the import is left behind, and the store takes writes again.
      await store.upsertActor({ id: 'after-failure', kind: 'Organisation', name: 'Na de fout' });
      expect(await store.getActor('after-failure')).not.toBeNull();
    } finally {
      await store.close();
    }
  }, 120_000);

  it('puts back the relations it changed in place when a later batch fails', async () => {
    const base = await freshStore();
    await base.importGraph(fixtureDocument());
    const before = await everything(base);
    await base.close();

    // The stored relations come first with a new note (same kind and ends: written in place), so
    // their batch is committed before the failure.
    const fixture = fixtureDocument();
    const changed = fixture.relations.map((relation) => ({ ...relation, note: `${relation.note ?? ''} (gewijzigd)` }));
    const generated = generateGraph({ seed: 3, actors: 200, relations: 600 });
    const doc = { actors: [...fixture.actors, ...generated.actors], relations: [...changed, ...generated.relations] };
    const failing = failingOnWrite(20);
    const store = new Neo4jGraphStore(failing.source, brusselsClock, { ...everyImportStaged, batch: 25 });
    await store.init();
    failing.arm();
    try {
      await expect(store.importGraph(doc)).rejects.toThrow(/simulated failure/);
      expect(await everything(store)).toEqual(before);
    } finally {
      await store.close();
    }
  }, 120_000);
});
