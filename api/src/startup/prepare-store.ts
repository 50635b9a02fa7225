import type { Config } from '../config';
import type { Logger } from '../logger';
import { seedIfEmpty } from '../services/seed.service';
import type { GraphStore } from '../store/graph-store';
import { openStore } from '../store/open-store';

/** Opens the store (migrating it) and loads the demo into an empty one when configured; once per start. */
export async function prepareStore(config: Config, log: Logger): Promise<{ store: GraphStore; freshDemo: boolean }> {
  const store = await openStore(config.store);
  const seeded = config.seedOnStart ? await seedIfEmpty(store) : null;
  if (seeded) log.info('empty store: loaded the demo network', { actors: seeded.actors.created, relations: seeded.relations.created });
  return { store, freshDemo: seeded !== null };
}
