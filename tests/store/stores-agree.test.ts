import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GraphDocument, Scope, Subgraph } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openNeo4jStore } from '../../api/src/store/neo4j/neo4j-store';
import { neo4jSkipReason, testNeo4jConfig, wipeNeo4j } from '../../api/src/store/neo4j/testing/test-neo4j';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { realNetworks } from '../bench/real-networks';

/**
 * One network in both stores, read alike: every scope, ego network, area list and search asked here
 * must give the same answer from SQLite and from Neo4j, on several days and over the whole history.
 * The contract suite holds each store to the rules on small fixtures; this holds them to each other
 * on networks of thousands of records: a generated one (neighbourhoods, ties that ended without a
 * status saying so) and, when `../shared/eval-data` is there, the real Norwegian register.
 */
const config = testNeo4jConfig();
if (!config) console.warn(`stores agree: SKIPPED, no Neo4j to compare SQLite with (${neo4jSkipReason()})`);
const { networks, missing } = realNetworks();
const norway = networks.find((n) => n.name.includes('Norway'));
if (config && !norway) console.warn(`stores agree, real network: SKIPPED (${missing ?? 'no Norwegian network in the evaluation data'})`);

/** What both stores must agree on: everything but the moments each wrote its copy. */
function comparable(sub: Subgraph) {
  const strip = <T extends { createdAt?: unknown; updatedAt?: unknown }>({ createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
  return {
    ...sub,
    nodes: sub.nodes.map(strip).sort((a, b) => a.id.localeCompare(b.id)),
    relations: sub.relations.map(strip).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

interface Case {
  name: string;
  doc: () => GraphDocument;
  /** Days asked besides today and the whole history. */
  days: string[];
}

const cases: Case[] = [
  { name: 'generated network of 3,000 actors (seed 7)', doc: () => generateGraph({ seed: 7, actors: 3000, endYear: 2026 }), days: ['2019-06-01', '2023-03-15'] },
  ...(norway ? [{ name: 'real Norwegian network', doc: () => norway.doc, days: ['2016-06-01', '2020-01-01'] }] : []),
];

describe.runIf(config).each(cases)('SQLite and Neo4j read the $name alike', ({ doc, days }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'weefsel-stores-agree-'));
  const sqlite = openSqliteStore(path.join(dir, 'agree.sqlite'));
  let neo: GraphStore;
  let areas: Scope[] = [];
  let actors: string[] = [];
  let names: string[] = [];

  beforeAll(async () => {
    await wipeNeo4j(config!);
    neo = openNeo4jStore(config!);
    const graph = doc();
    await Promise.all([sqlite.init(), neo.init()]);
    await Promise.all([sqlite.importGraph(graph), neo.importGraph(graph)]);
    // One area of each kind with the most actors placed in it, the busiest and some quiet actors.
    const placed = new Map<string, number>();
    for (const r of graph.relations) if (r.kind === 'LOCATED_IN' || r.kind === 'ACTIVE_IN' || r.kind === 'PART_OF' || r.kind === 'MEMBER_OF') placed.set(r.target, (placed.get(r.target) ?? 0) + 1);
    const kindOf = new Map(graph.actors.map((a) => [a.id, a.kind]));
    const busiest = (kind: string) => [...placed].filter(([id]) => kindOf.get(id) === kind).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    areas = [{}, ...['CareZone', 'Municipality', 'Neighbourhood'].map(busiest).filter((id): id is string => id !== undefined).map((areaId) => ({ areaId }))];
    const degree = new Map<string, number>();
    for (const r of graph.relations) for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const byDegree = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    actors = [...byDegree.slice(0, 3), ...byDegree.slice(-3)];
    names = graph.actors.slice(0, 5).map((a) => a.name.slice(0, 4));
  }, 300_000);

  afterAll(async () => {
    await Promise.all([sqlite.close(), neo?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the same records and counts', async () => {
    expect(await neo.counts()).toEqual(await sqlite.counts());
    expect(await neo.actorDirectory()).toEqual(await sqlite.actorDirectory());
  });

  it('reads every scope alike, today, on past days and over the whole history', { timeout: 300_000 }, async () => {
    expect(areas.length, 'the region and an area of each kind').toBeGreaterThanOrEqual(2);
    for (const scope of areas) {
      for (const day of [undefined, null, ...days]) {
        const where = `${scope.areaId ?? 'the whole region'} on ${day === undefined ? 'the default day' : (day ?? 'the whole history')}`;
        const [a, b] = await Promise.all([sqlite.subgraph(scope, day), neo.subgraph(scope, day)]);
        expect(a.nodes.length, `${where}: not an empty answer`).toBeGreaterThan(0);
        expect(comparable(b), where).toEqual(comparable(a));
      }
    }
  });

  it('reads the same ego networks, area lists and search answers', { timeout: 300_000 }, async () => {
    for (const actorId of actors) {
      for (const depth of [1, 2]) {
        for (const day of [undefined, ...days]) {
          const [a, b] = await Promise.all([sqlite.egoNetwork(actorId, depth, day), neo.egoNetwork(actorId, depth, day)]);
          expect(comparable(b), `ego network of ${actorId}, depth ${depth}, on ${day ?? 'the default day'}`).toEqual(comparable(a));
        }
      }
    }
    for (const scope of areas.filter((s) => s.areaId)) {
      for (const asOf of [null, ...days]) {
        const filter = { areaId: scope.areaId ?? undefined, asOf };
        const [a, b] = await Promise.all([sqlite.listActors(filter, { offset: 0, limit: 500 }), neo.listActors(filter, { offset: 0, limit: 500 })]);
        expect({ total: b.total, ids: b.items.map((x) => x.id) }, `actors in ${scope.areaId} on ${asOf ?? 'any day'}`).toEqual({ total: a.total, ids: a.items.map((x) => x.id) });
      }
    }
    for (const text of names) {
      const [a, b] = await Promise.all([sqlite.searchActors(text, 10), neo.searchActors(text, 10)]);
      expect(b.map((x) => x.id), `search "${text}"`).toEqual(a.map((x) => x.id));
    }
  });
});
