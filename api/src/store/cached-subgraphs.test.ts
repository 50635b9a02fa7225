import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withCachedSubgraphs } from './cached-subgraphs';
import { fixtureDocument } from './contract/fixture';
import type { GraphStore } from './graph-store';
import { openSqliteStore, type SqliteGraphStore } from './sqlite/sqlite-store';

let dir: string;
let store: SqliteGraphStore;
let reads: number;

/** The real store, counting how often a subgraph is read from it. */
function counting(inner: GraphStore, mark?: () => Promise<string | null>): GraphStore {
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'subgraph') return (...args: Parameters<GraphStore['subgraph']>) => ((reads += 1), target.subgraph(...args));
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
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('withCachedSubgraphs', () => {
  it('reads a scope once while nothing is written, and per scope and date', async () => {
    const cached = withCachedSubgraphs(counting(store));
    const first = await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(await cached.subgraph({ areaId: 'cz-noord' }, null)).toBe(first);
    await cached.subgraph({ areaId: 'cz-noord' }, '2020-01-01');
    await cached.subgraph({ areaId: 'cz-zuid' }, null);
    expect(reads).toBe(3);
  });

  it('reads afresh after a write through the store and shows the change', async () => {
    const cached = withCachedSubgraphs(counting(store));
    const before = await cached.subgraph({ areaId: 'cz-noord' }, null);
    const member = before.nodes.find((node) => !node.boundary && node.id !== 'cz-noord');
    if (!member) throw new Error('the fixture zone has members');
    await cached.upsertActor({ id: member.id, kind: member.kind, name: 'Hernoemd' });
    const after = await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(after.nodes.find((node) => node.id === member.id)?.name).toBe('Hernoemd');
    expect(reads).toBe(2);
  });

  it('reads afresh after another connection (another process) committed', async () => {
    const cached = withCachedSubgraphs(counting(store));
    await cached.subgraph({ areaId: 'cz-noord' }, null);
    const other = await openAt(store.file);
    try {
      await other.upsertActor({ id: 'elders', kind: 'Organisation', name: 'Elders geschreven' });
    } finally {
      await other.close();
    }
    await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(reads).toBe(2);
  });

  it('never caches for a store that cannot tell when it changed', async () => {
    const cached = withCachedSubgraphs(counting(store, async () => null));
    await cached.subgraph({ areaId: 'cz-noord' }, null);
    await cached.subgraph({ areaId: 'cz-noord' }, null);
    expect(reads).toBe(2);
  });

  it('passes every other call through to the store', async () => {
    const cached = withCachedSubgraphs(store);
    expect(await cached.counts()).toEqual(await store.counts());
    expect(cached.kind).toBe('sqlite');
  });
});
