import { defineGraphStoreContract } from '../contract/graph-store.contract';
import { Neo4jGraphStore } from './neo4j-store';
import { simulatedTransactions } from './testing/simulated-transactions';

// The whole contract against the Neo4j adapter's flows, with an in-memory stand-in answering its
// statements. It proves the JS around the Cypher (validation before writes, change detection,
// counts, rollback, scopes and rings); the Cypher itself is checked by the linted builder tests
// and, with NEO4J_URI set, by neo4j-store.int.test.ts against a real server.
defineGraphStoreContract('neo4j adapter flows (simulated transactions)', async () => {
  const store = new Neo4jGraphStore(simulatedTransactions());
  await store.init();
  return store;
});
