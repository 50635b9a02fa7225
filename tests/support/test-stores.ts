import { neo4jSkipReason, testNeo4jConfig } from '../../api/src/store/neo4j/testing/test-neo4j';
import type { GraphStore } from '../../api/src/store/graph-store';

export type StoreKind = GraphStore['kind'];

/**
 * The stores an API suite runs on: SQLite always, Neo4j when the test run has a server. A suite
 * that cannot run on Neo4j says so in the output instead of passing quietly.
 */
export function testStoreKinds(suite: string): StoreKind[] {
  if (testNeo4jConfig()) return ['sqlite', 'neo4j'];
  console.warn(`${suite}: Neo4j run SKIPPED (${neo4jSkipReason()})`);
  return ['sqlite'];
}
