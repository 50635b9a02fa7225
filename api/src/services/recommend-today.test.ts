import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFixtureSqliteStore } from '../store/sqlite/fixture-sqlite-store';
import type { SqliteGraphStore } from '../store/sqlite/sqlite-store';
import { defaultSecuritySettings } from '../config-security';
import { createServices } from './services';

let store: SqliteGraphStore;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ store, remove } = await openFixtureSqliteStore());
  const marienstede = await store.getActor('o-marienstede');
  await store.upsertActor({ ...marienstede!, until: '2030-06-30' });
});
afterEach(() => remove());

/** Services whose "today" is fixed: the day the stores read with, and the recommendations too. */
const on = (day: string) => createServices(store, defaultSecuritySettings(), () => day);

describe('new partners in the whole history, from the services’ today on', () => {
  it('gives them to an actor, and offers it, while today is within its days', async () => {
    const services = on('2030-06-30');
    expect((await services.recommend.recommendPartners({ actorId: 'o-marienstede', neighbourhoodId: null, areaId: null, asOf: null, limit: 5 })).length).toBeGreaterThan(0);
    const suggested = await services.recommend.suggestCollaborations('n-mariakerke', null, 20);
    expect(suggested.some((s) => s.from.id === 'o-marienstede' || s.to.id === 'o-marienstede')).toBe(true);
  });

  it('refuses them once today is past its last day, and offers it to no one', async () => {
    const services = on('2030-07-01');
    await expect(services.recommend.recommendPartners({ actorId: 'o-marienstede', neighbourhoodId: null, areaId: null, asOf: null, limit: 5 })).rejects.toMatchObject({
      issues: [{ path: 'actorId', code: 'absentOnDay', params: { id: 'o-marienstede', day: '2030-07-01' } }],
    });
    const suggested = await services.recommend.suggestCollaborations('n-mariakerke', null, 20);
    expect(suggested.filter((s) => s.from.id === 'o-marienstede' || s.to.id === 'o-marienstede')).toEqual([]);
  });
});
