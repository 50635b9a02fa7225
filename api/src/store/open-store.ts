import type { StoreConfig } from '../config';
import type { GraphStore } from './graph-store';

/** Opens and initialises the configured store: Neo4j when NEO4J_URI is set, else the SQLite file. */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  // Imported lazily so the embedded default never loads the other adapter's driver.
  const store =
    config.kind === 'neo4j'
      ? (await import('./neo4j/index')).openNeo4jStore(config)
      : (await import('./sqlite/index')).openSqliteStore(config.file);
  await store.init();
  return store;
}
