/**
 * A model learned from the graph (the recommendations' likelihood fit), kept in the store so that
 * every instance and worker scores with the same one: fitted per process, two instances would give
 * the same actor slightly different scores. `mark` is the change mark of the graph it was learned
 * on; `model` its JSON. Not graph data: keeping one moves no change mark and writes no audit entry.
 */
export interface KeptModel {
  key: string;
  mark: string;
  model: string;
}

export interface ModelStore {
  /** The model kept under `key`, or null. */
  readModel(key: string): Promise<KeptModel | null>;
  /**
   * Keeps `model` unless the one kept under its key is no longer the one from mark `replacing`
   * (null: none was kept), which another instance replaced meanwhile; returns the one kept after.
   * A model over `modelLimits.bytes` is refused (a ValidationError), so the table stays small.
   */
  keepModel(model: KeptModel, replacing: string | null): Promise<KeptModel>;
}

export const modelLimits = { bytes: 1_000_000 } as const;
