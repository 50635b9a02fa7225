import { describe, expect, it } from 'vitest';
import { openNeo4jStore } from './neo4j-store';
import { runOnNeo4j, testNeo4jConfig, wipeNeo4j } from './testing/test-neo4j';

const config = testNeo4jConfig();

describe.runIf(config)('Neo4jGraphStore at start: names stored before word starts were marked', () => {
  it('marks them, so search ranks their word prefixes again', async () => {
    await wipeNeo4j(config!);
    const first = openNeo4jStore(config!);
    await first.init();
    await first.upsertActor({ id: 'o-west', kind: 'Organisation', name: 'CAW Noord-West' });
    await first.upsertActor({ id: 'o-aawest', kind: 'Organisation', name: 'Aawesters' });
    await first.close();
    // As a database written by an older version holds them.
    await runOnNeo4j(config!, 'MATCH (a:Actor) REMOVE a.nameMarked');

    const store = openNeo4jStore(config!);
    try {
      await store.init();
      // Unmarked, "noord-west" would not be a word-prefix match and would rank after "aawesters".
      expect((await store.searchActors('west', 10)).map((a) => a.id)).toEqual(['o-west', 'o-aawest']);
    } finally {
      await store.close();
    }
  });
});
