import { loadConfig, type StoreConfig } from '../../api/src/config';
import type { GraphStore } from '../../api/src/store/graph-store';
import { wipeNeo4j } from '../../api/src/store/neo4j/testing/test-neo4j';
import { startTestNeo4j } from '../neo4j-server/start-test-neo4j';

export type Neo4jConfig = Extract<StoreConfig, { kind: 'neo4j' }>;

/** A Neo4j server for a benchmark, its database emptied. */
export interface BenchNeo4jServer {
  config: Neo4jConfig;
  /** Where it runs, for the printed report. */
  origin: string;
  stop(): Promise<void>;
}

export interface BenchNeo4j {
  store: GraphStore;
  /** Where it runs, for the printed report. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Neo4j for a benchmark: the server NEO4J_URI names (its database is WIPED), else, with Java and
 * Maven, the test launcher's server with the heap docker-compose.yml gives Neo4j (1 GB). Null, with
 * "Neo4j skipped: reason" printed, when neither is there or it cannot be reached.
 */
export async function startBenchNeo4j(): Promise<BenchNeo4jServer | null> {
  let running: Awaited<ReturnType<typeof startTestNeo4j>>;
  try {
    running = await startTestNeo4j(1);
  } catch (error) {
    console.log(`Neo4j skipped: the test launcher failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
    return null;
  }
  if (!running.neo4j.available) {
    console.log(`Neo4j skipped: ${running.neo4j.reason}.`);
    return null;
  }
  const config = process.env.NEO4J_URI
    ? loadConfig().store
    : { kind: 'neo4j' as const, uri: running.neo4j.uris[0]!, user: running.neo4j.user, password: running.neo4j.password, database: running.neo4j.database };
  if (config.kind !== 'neo4j') throw new Error('startBenchNeo4j: NEO4J_URI is set but the configuration did not select Neo4j');
  try {
    // Users and the change mark survive `importGraph(..., { replace: true })`: a rerun on an
    // external server would find the bench's users of the last run.
    await wipeNeo4j(config);
  } catch (error) {
    await running.stop();
    console.log(`Neo4j skipped: ${running.neo4j.origin} cannot be wiped (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  }
  return { config, origin: running.neo4j.origin, stop: running.stop };
}

/** `startBenchNeo4j` with a store open (and initialised) on it. */
export async function openBenchNeo4j(): Promise<BenchNeo4j | null> {
  const server = await startBenchNeo4j();
  if (!server) return null;
  const { openNeo4jStore } = await import('../../api/src/store/neo4j/index');
  const store = openNeo4jStore(server.config);
  await store.init();
  return {
    store,
    origin: server.origin,
    close: async () => {
      await store.close();
      await server.stop();
    },
  };
}
