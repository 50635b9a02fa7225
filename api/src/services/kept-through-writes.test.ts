import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDocument } from '../store/contract/fixture';
import { openFixtureSqliteStore } from '../store/sqlite/fixture-sqlite-store';
import type { SqliteGraphStore } from '../store/sqlite/sqlite-store';
import { createServices, type Services } from './services';

let store: SqliteGraphStore;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ store, remove } = await openFixtureSqliteStore());
});
afterEach(() => remove());

/** What the analysis views of a care zone and its neighbourhood answer, on a day and over the history. */
async function answers(services: Services) {
  const zone = { areaId: 'cz-noord' };
  const out: Record<string, unknown> = {};
  for (const asOf of [null, '2024-06-01']) {
    const day = asOf ?? 'history';
    out[`metrics ${day}`] = await services.analysis.metrics(zone, asOf);
    out[`gaps ${day}`] = await services.analysis.gaps(zone, asOf);
    out[`overview ${day}`] = await services.overview.areaOverview(zone, asOf);
    out[`suggestions ${day}`] = await services.recommend.suggestCollaborations('n-centrum', asOf, 10);
  }
  return out;
}

describe('answers kept through writes', () => {
  it("equal a fresh server's after writes elsewhere and inside the area", async () => {
    const services = createServices(store);
    const doc = fixtureDocument();
    const organisation = doc.actors.find((actor) => actor.id === 'o-caw')!;
    const tie = doc.relations.find((relation) => relation.id === 'r1')!;
    const writes: [string, () => Promise<unknown>][] = [
      ['an actor in no area added', () => services.store.upsertActor({ id: 'x-elders', kind: organisation.kind, name: 'Elders' })],
      ['a tie in another care zone', () => services.store.upsertRelation({ id: 'x-zuid', kind: tie.kind, source: 'x-elders', target: 'o-buurthuis-kortrijk' })],
      ['a tie inside the area', () => services.store.upsertRelation({ id: 'x-noord', kind: tie.kind, source: 'o-marienstede', target: 'ci-buurtbabbel' })],
      ['an actor inside renamed', () => services.store.upsertActor({ ...doc.actors.find((actor) => actor.id === 'o-sociaal-huis')!, name: 'Sociaal Huis hernoemd' })],
      ['an actor moved into the area', () => services.store.upsertRelation({ id: 'x-place', kind: doc.relations.find((r) => r.source === 'o-sociaal-huis' && r.target === 'n-centrum')!.kind, source: 'x-elders', target: 'n-centrum' })],
    ];
    await answers(services);
    for (const [what, write] of writes) {
      await write();
      expect(await answers(services), `after ${what}`).toEqual(await answers(createServices(store)));
    }
  });
});
