import type { Database } from 'better-sqlite3';
import type { KeptModel } from '../model-store';
import { checkModel } from '../shared/model-checks';

/** Kept models in the `kept_models` table (see ModelStore). */
export function prepareModels(db: Database) {
  const read = db.prepare<[string], KeptModel>('SELECT key, mark, model FROM kept_models WHERE key = ?');
  const write = db.prepare<KeptModel>('INSERT INTO kept_models (key, mark, model) VALUES (@key, @mark, @model) ON CONFLICT (key) DO UPDATE SET mark = excluded.mark, model = excluded.model');
  const keep = db.transaction((model: KeptModel, replacing: string | null): KeptModel => {
    if ((read.get(model.key)?.mark ?? null) === replacing) write.run(model);
    return read.get(model.key) as KeptModel;
  });
  return {
    read: (key: string): KeptModel | null => read.get(key) ?? null,
    keep: (model: KeptModel, replacing: string | null): KeptModel => {
      checkModel(model);
      return keep.immediate(model, replacing);
    },
  };
}
