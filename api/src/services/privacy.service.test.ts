import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personNameKinds } from '@weefsel/graph-schema';
import { fixtureDocument } from '../store/contract/fixture';
import type { GraphStore } from '../store/graph-store';
import { MarkCache } from '../store/mark-cache';
import { openFixtureSqliteStore } from '../store/sqlite/fixture-sqlite-store';
import type { SqliteGraphStore } from '../store/sqlite/sqlite-store';
import { PrivacyService } from './privacy.service';

let store: SqliteGraphStore;
let remove: () => Promise<void>;
let builds: number;

/** The real store, counting the scrubber's full reads (its first page of actors). */
function counting(inner: GraphStore): GraphStore {
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'listActors') {
        return (...args: Parameters<GraphStore['listActors']>) => ((builds += args[1]?.offset ? 0 : 1), target.listActors(...args));
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

beforeEach(async () => {
  ({ store, remove } = await openFixtureSqliteStore());
  builds = 0;
});
afterEach(() => remove());

describe('PrivacyService.scrubber', () => {
  it('is kept through writes that give it nothing, and scrubs as a fresh one after every kind of write', async () => {
    const counted = counting(store);
    const privacy = new PrivacyService(counted, new MarkCache(counted));
    const doc = fixtureDocument();
    const person = doc.actors.find((actor) => personNameKinds.includes(actor.kind))!;
    const organisation = doc.actors.find((actor) => actor.id === 'o-caw')!;
    const area = doc.actors.find((actor) => actor.id === 'm-kortrijk')!;
    // Every name the writes below give or take, in one text the two scrubbers must treat alike.
    const text = [person.name, 'Anna Verbeke', 'Pieter Claes', 'Tine Maes', 'Kortrijk Maes', organisation.name].join('. ');
    const writes: [string, boolean, () => Promise<unknown>][] = [
      ['an organisation without a contact person added', false, () => counted.upsertActor({ id: 'x-plain', kind: organisation.kind, name: 'Pieter Claes vzw' })],
      ['it renamed', false, () => counted.upsertActor({ id: 'x-plain', kind: organisation.kind, name: 'Tine Maes vzw' })],
      ['a relation written', false, () => counted.upsertRelation({ ...doc.relations.find((r) => r.id === 'r1')!, note: 'Anna Verbeke' })],
      ['a contact person given', true, () => counted.upsertActor({ id: 'x-plain', kind: organisation.kind, name: 'Tine Maes vzw', contact: { person: 'Anna Verbeke' } })],
      ['the contact person taken away', true, () => counted.upsertActor({ id: 'x-plain', kind: organisation.kind, name: 'Tine Maes vzw' })],
      ['a person renamed', true, () => counted.upsertActor({ ...person, name: 'Pieter Claes' })],
      ['an area renamed', true, () => counted.upsertActor({ ...area, name: 'Kortrijk Maes' })],
      ['the person deleted', true, () => counted.deleteActor(person.id!)],
      ['the organisation deleted', false, () => counted.deleteActor('x-plain')],
    ];
    await privacy.scrubber();
    for (const [what, rebuilds, write] of writes) {
      await write();
      const before = builds;
      const kept = await privacy.scrubber();
      const fresh = await new PrivacyService(store, new MarkCache(store)).scrubber();
      expect(kept.scrub(text), `after ${what}`).toBe(fresh.scrub(text));
      expect(builds - before, `rebuilt after ${what}`).toBe(rebuilds ? 1 : 0);
    }
  });
});
