import { demoGraph } from '@weefsel/seeds';
import type { GraphStore, ImportSummary } from '../store/graph-store';

/** Loads the demo network into an empty store (first start); leaves a store with data alone. */
export async function seedIfEmpty(store: GraphStore): Promise<ImportSummary | null> {
  const { actors } = await store.counts();
  return actors === 0 ? store.importGraph(demoGraph()) : null;
}

/** Replaces everything in the store with the demo network, in one transaction. */
export function reloadDemo(store: GraphStore): Promise<ImportSummary> {
  return store.importGraph(demoGraph(), { replace: true });
}
