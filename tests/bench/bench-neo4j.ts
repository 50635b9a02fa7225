import { loadConfig } from '../../api/src/config';
import type { GraphStore } from '../../api/src/store/graph-store';
import { startTestNeo4j } from '../neo4j-server/start-test-neo4j';

export interface BenchNeo4j {
  store: GraphStore;
  /** Where it runs, for the printed report. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Neo4j for a benchmark: the server NEO4J_URI names (its database is REPLACED), else, with Java and
 * Maven, the test launcher's server with the heap docker-compose.yml gives Neo4j (1 GB). Null, with
 * the reason printed, when neither is there.
 */
export async function openBenchNeo4j(): Promise<BenchNeo4j | null> {
  const running = await startTestNeo4j(1);
  if (!running.neo4j.available) {
    console.log(`Neo4j skipped: ${running.neo4j.reason}.`);
    return null;
  }
  const config = process.env.NEO4J_URI
    ? loadConfig().store
    : { kind: 'neo4j' as const, uri: running.neo4j.uris[0]!, user: running.neo4j.user, password: running.neo4j.password, database: running.neo4j.database };
  if (config.kind !== 'neo4j') throw new Error('openBenchNeo4j: NEO4J_URI is set but the configuration did not select Neo4j');
  const { openNeo4jStore } = await import('../../api/src/store/neo4j/index');
  const store = openNeo4jStore(config);
  await store.init();
  return {
    store,
    origin: running.neo4j.origin,
    close: async () => {
      await store.close();
      await running.stop();
    },
  };
}
