import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAreaKind, type Subgraph } from '@weefsel/graph-schema';
import { withCachedReads } from './cached-reads';
import { fixtureDocument } from './contract/fixture';
import type { GraphStore } from './graph-store';
import { endedSessionKey } from './user-audit-store';
import { openSqliteStore, type SqliteGraphStore } from './sqlite/sqlite-store';

let dir: string;
let store: SqliteGraphStore;
let reads: number;
let userReads: number;
let changeReads: number;

/** The real store, counting how often a subgraph or an ego network is read from it. */
function counting(inner: GraphStore, mark?: () => Promise<string | null>): GraphStore {
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'subgraph') return (...args: Parameters<GraphStore['subgraph']>) => ((reads += 1), target.subgraph(...args));
      if (property === 'egoNetwork') return (...args: Parameters<GraphStore['egoNetwork']>) => ((reads += 1), target.egoNetwork(...args));
      if (property === 'getUser') return (id: string) => ((userReads += 1), target.getUser(id));
      if (property === 'regionChangesSince') return (...args: Parameters<GraphStore['regionChangesSince']>) => ((changeReads += 1), target.regionChangesSince(...args));
      if (property === 'changeMark' && mark) return mark;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function openAt(file: string): Promise<SqliteGraphStore> {
  const opened = openSqliteStore(file);
  await opened.init();
  return opened;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-cache-'));
  store = await openAt(path.join(dir, 'weefsel.sqlite'));
  await store.importGraph(fixtureDocument());
  reads = 0;
  userReads = 0;
  changeReads = 0;
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('withCachedReads', () => {
  it('reads a scope once while nothing is written, and per scope and date', async () => {
    const cached = withCachedReads(counting(store));
    const first = await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(await cached.subgraph({ areaId: 'cz-noord' }, null)).toBe(first);
    await cached.subgraph({ areaId: 'cz-noord' }, '2020-01-01');
    await cached.subgraph({ areaId: 'cz-zuid' }, null);
    expect(reads).toBe(3);
  });

  it('reads afresh after a write through the store and shows the change', async () => {
    const cached = withCachedReads(counting(store));
    const before = await cached.subgraph({ areaId: 'cz-noord' }, null);
    const member = before.nodes.find((node) => !node.boundary && node.id !== 'cz-noord');
    if (!member) throw new Error('the fixture zone has members');
    await cached.upsertActor({ id: member.id, kind: member.kind, name: 'Hernoemd' });
    const after = await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(after.nodes.find((node) => node.id === member.id)?.name).toBe('Hernoemd');
    expect(reads).toBe(2);
  });

  it('keeps an area and an ego network through writes elsewhere, and equals a fresh read after every kind of write, on a day and over the history', async () => {
    const cached = withCachedReads(counting(store));
    const doc = fixtureDocument();
    const kindOf = (id: string) => doc.actors.find((actor) => actor.id === id)!.kind;
    const relationKind = (source: string, target: string) => doc.relations.find((r) => r.source === source && r.target === target)!.kind;
    const days = [null, '2024-06-01'];
    // Every area on both days, and ego networks of depth 1 to 3 around actors inside and outside them.
    const questions: [string, (via: GraphStore) => Promise<Subgraph>][] = [
      ...doc.actors.filter((actor) => isAreaKind(actor.kind)).flatMap((area) => days.map((asOf): [string, (via: GraphStore) => Promise<Subgraph>] => [`${area.id} on ${asOf ?? 'history'}`, (via) => via.subgraph({ areaId: area.id }, asOf)])),
      ...['o-sociaal-huis', 'o-ocmw-brugge', 'o-buurthuis-kortrijk'].flatMap((id) =>
        [1, 2, 3].flatMap((depth) => days.map((asOf): [string, (via: GraphStore) => Promise<Subgraph>] => [`${id} at depth ${depth} on ${asOf ?? 'history'}`, (via) => via.egoNetwork(id, depth, asOf)])),
      ),
    ];
    const [tie, placement, organisation] = [relationKind('o-sociaal-huis', 'o-marienstede'), relationKind('o-sociaal-huis', 'n-centrum'), kindOf('o-caw')];
    // Writes outside every question, then into some of them: kept or read again, each answer must equal a fresh read.
    const writes: [string, () => Promise<unknown>][] = [
      ['an actor in no area', () => cached.upsertActor({ id: 'x-elders', kind: organisation, name: 'Elders' })],
      ['a tie between two actors in no area', async () => {
        await cached.upsertActor({ id: 'x-ginder', kind: organisation, name: 'Ginder' });
        await cached.upsertRelation({ id: 'x-tie', kind: tie, source: 'x-elders', target: 'x-ginder' });
      }],
      ['the new actor renamed', () => cached.upsertActor({ id: 'x-elders', kind: organisation, name: 'Elders hernoemd' })],
      ['a tie from outside to an actor inside', () => cached.upsertRelation({ id: 'x-in', kind: tie, source: 'x-elders', target: 'o-sociaal-huis' })],
      ['a boundary actor renamed', () => cached.upsertActor({ id: 'x-elders', kind: organisation, name: 'Elders opnieuw' })],
      ['an actor placed in a neighbourhood', () => cached.upsertRelation({ id: 'x-place', kind: placement, source: 'x-ginder', target: 'n-zeebrugge' })],
      ['a tie ended before the day', () => cached.upsertRelation({ id: 'x-in', kind: tie, source: 'x-elders', target: 'o-sociaal-huis', until: '2024-01-01' })],
      ['a tie deleted', () => cached.deleteRelation('r9')],
      ['an actor deleted', () => cached.deleteActor('o-vvsg')],
      ['an actor in no area deleted', () => cached.deleteActor('x-ginder')],
    ];
    for (const [, ask] of questions) await ask(cached);
    let kept = 0;
    for (const [what, write] of writes) {
      await write();
      const before = reads;
      for (const [question, ask] of questions) expect(await ask(cached), `${question} after ${what}`).toEqual(await ask(store));
      kept += questions.length - (reads - before);
    }
    // The first three writes touch none of them: every one kept through them, and more after.
    expect(kept).toBeGreaterThan(3 * questions.length);
    expect(kept).toBeLessThan(writes.length * questions.length);
  });

  it('reads the changes of a write once for every value it brings up to date', async () => {
    const cached = withCachedReads(counting(store));
    const zone = await cached.subgraph({ areaId: 'cz-noord' }, null);
    const ego = await cached.egoNetwork('o-sociaal-huis', 2, null);
    await cached.upsertActor({ id: 'x-elders', kind: fixtureDocument().actors[0]!.kind, name: 'Elders' });
    expect(await cached.subgraph({ areaId: 'cz-noord' }, null)).toBe(zone);
    expect(await cached.egoNetwork('o-sociaal-huis', 2, null)).toBe(ego);
    expect(await cached.subgraph({ areaId: 'cz-zuid' }, '2024-06-01')).toBeDefined();
    expect([reads, changeReads]).toEqual([3, 1]);
  });

  it('reads afresh after another connection (another process) committed', async () => {
    const cached = withCachedReads(counting(store));
    const before = await cached.subgraph({ areaId: 'cz-noord' }, null);
    const member = before.nodes.find((node) => !node.boundary && node.id !== 'cz-noord')!;
    const other = await openAt(store.file);
    try {
      await other.upsertActor({ id: member.id, kind: member.kind, name: 'Elders geschreven' });
    } finally {
      await other.close();
    }
    const after = await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(after.nodes.find((node) => node.id === member.id)?.name).toBe('Elders geschreven');
    expect(reads).toBe(2);
  });

  it('reads a user once while no user is written, and afresh after every user write, in this process or another', async () => {
    const cached = withCachedReads(counting(store));
    await store.createUser({ id: 'u-ann', name: 'ann', role: 'viewer', passwordHash: 'hash-a' });
    const first = await cached.getUser('u-ann');
    expect(await cached.getUser('u-ann')).toBe(first);
    expect(userReads).toBe(1);
    // Each write below changes what a session check reads; the cached answer must follow at once.
    const writes: [string, () => Promise<unknown>][] = [
      ['a new role', () => store.updateUser('u-ann', { role: 'editor' })],
      ['an ended session', () => store.endSession('u-ann', endedSessionKey(4000, 's1'), 1000)],
      ['every session ended', () => store.endSessions('u-ann')],
      ['a new password, by another process', async () => {
        const other = await openAt(store.file);
        try {
          await other.updateUser('u-ann', { passwordHash: 'hash-b' });
        } finally {
          await other.close();
        }
      }],
      ['the user deleted', () => store.deleteUser('u-ann')],
    ];
    // A graph write leaves the user as it was: kept.
    await store.upsertActor({ id: 'x-elders', kind: fixtureDocument().actors[0]!.kind, name: 'Elders' });
    expect(await cached.getUser('u-ann')).toBe(first);
    for (const [what, write] of writes) {
      await write();
      expect(await cached.getUser('u-ann'), `after ${what}`).toEqual(await store.getUser('u-ann'));
    }
    expect(await cached.getUser('u-ann')).toBeNull();
    expect(userReads).toBe(1 + writes.length);
  });

  it('never caches for a store that cannot tell when it changed', async () => {
    const cached = withCachedReads(counting(store, async () => null));
    await cached.subgraph({ areaId: 'cz-noord' }, null);
    await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(reads).toBe(2);
  });

  it('passes every other call through to the store', async () => {
    const cached = withCachedReads(store);
    expect(await cached.counts()).toEqual(await store.counts());
    expect(cached.kind).toBe('sqlite');
  });
});
