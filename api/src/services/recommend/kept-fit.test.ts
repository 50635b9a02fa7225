import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoGraph } from '@weefsel/seeds';
import { openSqliteStore } from '../../store/sqlite/index';
import type { GraphStore } from '../../store/graph-store';
import { createServices } from '../services';
import { refitAfter } from './kept-fit';
import { markPart } from '../../store/mark-parts';

const asOf = '2026-01-01';
const key = `likelihood|recommend-region||${asOf}`;
const demo = demoGraph();
const asker = demo.actors.find((a) => a.kind === 'CitizenInitiative')!.id;
const ask = (services: ReturnType<typeof createServices>) =>
  services.recommend.recommendPartners({ actorId: asker, neighbourhoodId: null, areaId: null, asOf, limit: 10 });

/** Edits `count` different organisations (one touched record each). */
async function edit(store: GraphStore, count: number, round: string): Promise<void> {
  for (const actor of demo.actors.filter((a) => a.kind === 'Organisation').slice(0, count)) await store.upsertActor({ ...actor, description: `${round} ${actor.id}` });
}

describe('the kept likelihood fit', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await store.init();
    await store.importGraph(demo);
  });
  afterEach(() => store.close());

  it('is kept for every instance, used by each, and fitted again once the writes since it exceed the allowance', async () => {
    const first = createServices(store);
    await ask(first);
    const kept = await store.readModel(key);
    expect(kept?.mark).toBe(markPart((await store.changeMark()) as string, 'graph'));

    // A few writes: the warm services patch their region, fresh ones read it; both use the kept fit.
    await edit(store, 3, 'a');
    expect(await ask(first)).toEqual(await ask(createServices(store)));
    expect((await store.readModel(key))?.mark).toBe(kept!.mark);

    const ties = (await store.exportGraph()).relations.length;
    await edit(store, refitAfter(ties) + 1, 'b');
    expect(await ask(first)).toEqual(await ask(createServices(store)));
    expect((await store.readModel(key))?.mark).toBe(markPart((await store.changeMark()) as string, 'graph'));
  });

  it('scores with the fit kept in the store, not one of its own', async () => {
    const first = (await ask(createServices(store))).map((p) => p.likelihood);
    const kept = (await store.readModel(key))!;
    const doubled = JSON.parse(kept.model) as { weights: number[] };
    doubled.weights = doubled.weights.map((w) => 2 * w);
    // Another instance's fit for the same mark (here: every weight doubled).
    await store.keepModel({ ...kept, model: JSON.stringify(doubled) }, kept.mark);
    expect((await ask(createServices(store))).map((p) => p.likelihood)).not.toEqual(first);
    await store.keepModel(kept, kept.mark);
    expect((await ask(createServices(store))).map((p) => p.likelihood)).toEqual(first);
  });
});
