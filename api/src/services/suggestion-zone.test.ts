import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFixtureSqliteStore } from '../store/sqlite/fixture-sqlite-store';
import type { SqliteGraphStore } from '../store/sqlite/sqlite-store';
import { createServices } from './services';

let store: SqliteGraphStore;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ store, remove } = await openFixtureSqliteStore());
  // Oostende (and its neighbourhood Centrum) moved from the northern care zone to the southern one in 2021.
  await store.upsertRelation({ kind: 'MEMBER_OF', source: 'm-oostende', target: 'cz-noord', until: '2020-12-31' });
  await store.upsertRelation({ kind: 'MEMBER_OF', source: 'm-oostende', target: 'cz-zuid', since: '2021-01-01' });
});
afterEach(() => remove());

/** The actors inside the care zone's own view on that day (its partners outside it left out): where a suggestion may look for the other end. */
async function zoneActors(zone: string, asOf: string | null): Promise<Set<string>> {
  return new Set((await store.subgraph({ areaId: zone }, asOf)).nodes.filter((a) => !a.boundary).map((a) => a.id));
}

describe('suggestions for a neighbourhood', () => {
  it.each([
    ['2024-06-01', 'cz-zuid'],
    ['2019-06-01', 'cz-noord'],
    [null, 'cz-zuid'],
  ])('on %s look for the other ends in the care zone it lay in then (%s), as that zone’s own view holds it', async (asOf, zone) => {
    const suggestions = await createServices(store).recommend.suggestCollaborations('n-centrum', asOf, 20);
    expect(suggestions.length).toBeGreaterThan(0);
    const inZone = await zoneActors(zone, asOf);
    expect(inZone.has('n-centrum')).toBe(true);
    expect(suggestions.map((s) => s.to.id).filter((id) => !inZone.has(id))).toEqual([]);
  });
});
