import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import type { StoreConfig } from '../../../config';

/** Where the tests find Neo4j (one server per parallel test worker), or why there is none. */
export type TestNeo4j =
  | { available: true; uris: string[]; user: string; password: string; database: string; origin: string }
  | { available: false; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

type Neo4jConfig = Extract<StoreConfig, { kind: 'neo4j' }>;

/**
 * The Neo4j server of this test worker: each parallel worker has its own, because every test wipes
 * the database it uses. Null when the run has none; `neo4jSkipReason()` then says why.
 */
export function testNeo4jConfig(): Neo4jConfig | null {
  const provided = inject('neo4j');
  if (!provided?.available) return null;
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  const uri = provided.uris[(worker - 1) % provided.uris.length]!;
  return { kind: 'neo4j', uri, user: provided.user, password: provided.password, database: provided.database };
}

export function neo4jSkipReason(): string {
  const provided = inject('neo4j');
  return provided?.available === false ? provided.reason : 'the Neo4j global setup did not run';
}

/** Runs one write statement directly, as another program or an older Weefsel would. */
export async function runOnNeo4j(config: Neo4jConfig, cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    await driver.executeQuery(cypher, params, { database: config.database });
  } finally {
    await driver.close();
  }
}

/** Deletes every node in batches, so a large leftover graph does not need one huge transaction. */
export async function wipeNeo4j(config: Neo4jConfig): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session({ database: config.database });
  try {
    for (;;) {
      const result = await session.executeWrite((tx) => tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted'));
      const deleted = result.records[0]?.get('deleted') as unknown;
      if ((neo4j.isInt(deleted) ? deleted.toNumber() : Number(deleted)) === 0) return;
    }
  } finally {
    await session.close();
    await driver.close();
  }
}
