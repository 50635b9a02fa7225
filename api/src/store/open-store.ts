import type { GraphStore } from './graph-store';
import { adapterOf, type StoreConfig } from './store-adapters';

/** Opens and initialises the configured store (see store-adapters: Neo4j when NEO4J_URI is set, else the SQLite file). */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store = await adapterOf(config).open(config);
  await store.init();
  return store;
}
