import path from 'node:path';
import type { GraphStore } from './graph-store';

/**
 * The store adapters, each with its settings, in the one place that lists them: a new adapter is a
 * folder beside sqlite/ and neo4j/ implementing GraphStore (and passing the contract suite) plus an
 * entry here; the configuration names its kind, and everything else reads this record.
 */
export interface StoreSettings {
  sqlite: { file: string };
  /** `neo4j://`, `bolt://` (or their `+s` / `+ssc` variants); `database` is named on every session. */
  neo4j: { uri: string; user: string; password: string; database: string };
}

export type StoreKind = keyof StoreSettings;

/** Which store to open, with its settings. */
export type StoreConfig = { [K in StoreKind]: { kind: K } & StoreSettings[K] }[StoreKind];

interface StoreAdapter<K extends StoreKind> {
  /** Imported lazily, so the embedded default never loads another adapter's driver. */
  open(settings: StoreSettings[K]): Promise<GraphStore>;
  /** Where the data lives, for the start banner. */
  where(settings: StoreSettings[K]): string;
  /** A folder of the server's own beside the data (demo user file), or null: the repository's data/. */
  folder(settings: StoreSettings[K]): string | null;
}

export const storeAdapters: { [K in StoreKind]: StoreAdapter<K> } = {
  sqlite: {
    open: async ({ file }) => (await import('./sqlite/index')).openSqliteStore(file),
    where: ({ file }) => file,
    folder: ({ file }) => path.dirname(file),
  },
  neo4j: {
    open: async (settings) => (await import('./neo4j/index')).openNeo4jStore(settings),
    where: ({ uri }) => uri,
    folder: () => null,
  },
};

/** The adapter of a configuration, typed for its settings. */
export function adapterOf(config: StoreConfig): StoreAdapter<StoreKind> {
  return storeAdapters[config.kind] as StoreAdapter<StoreKind>;
}
