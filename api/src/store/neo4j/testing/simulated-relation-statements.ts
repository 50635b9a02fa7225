// Test support: how the simulated graph answers the relation and scope statements.
import { relationKindNames } from '@weefsel/graph-schema';
import { resultBlock, rowsOfLists, type CypherQuery } from '../cypher/cypher-query';
import { actorListKeys, relationListKeys } from '../cypher/projections';
import * as relationRead from '../cypher/relation-read.cypher';
import { relationType } from '../cypher/cypher-names';
import * as scope from '../cypher/scope.cypher';
import type { Row } from '../neo4j-runner';
import { setProps, type Props, type SimRel, type SimulatedGraph } from './simulated-graph';
import type { StatementHandler } from './simulated-transactions';

const writtenKeys = ['kind', 'since', 'until', 'weight', 'note', 'status', 'updatedAt'];
const byId = (a: SimRel, b: SimRel) => (String(a.props.id) < String(b.props.id) ? -1 : 1);

const idsOf = (q: CypherQuery) => (q.params.ids as string[] | undefined) ?? [];
const asOfOf = (q: CypherQuery) => (q.params.asOf as string | undefined) ?? null;
const rows = (g: SimulatedGraph, rels: SimRel[]): Row[] => rels.map((r) => ({ relation: g.relationMap(r) }));
/** Same statement text as the builder makes for this query's asOf (the text depends on it). */
const same = (build: (asOf: string | null) => CypherQuery) => (q: CypherQuery) => q.cypher === build(asOfOf(q)).cypher;

/** MERGE by id between the ends, or CREATE, which the id's uniqueness constraint refuses for a stored id. */
function writeRelations(g: SimulatedGraph, { cypher, params }: CypherQuery): Row[] {
  const [, clause, type = ''] = /(MERGE|CREATE) \(s\)-\[r:(\w+) /.exec(cypher) ?? [];
  let written = 0;
  for (const row of rowsOfLists(relationListKeys, params.rows) as Props[]) {
    const [source, target] = [String(row.source), String(row.target)];
    if (!g.nodes.has(source) || !g.nodes.has(target)) continue; // MATCH found no endpoint: row dropped
    if (clause === 'CREATE' && g.rels.some((r) => r.type === type && r.props.id === row.id)) {
      throw new Error(`Relationship(${String(row.id)}) already exists with type \`${type}\` and property \`id\``);
    }
    const found = g.rels.find((r) => r.type === type && r.props.id === row.id && r.source === source && r.target === target);
    const rel = found ?? { type, source, target, props: { id: row.id, createdAt: row.createdAt } };
    setProps(rel.props, row, writtenKeys);
    if (!found) g.rels.push(rel);
    written += 1;
  }
  return [{ written }];
}

function deleteRelations(g: SimulatedGraph, q: CypherQuery): Row[] {
  const type = /\[r:(\w+) \{id: id\}\]/.exec(q.cypher)?.[1];
  const before = g.rels.length;
  g.rels = g.rels.filter((r) => !(r.type === type && idsOf(q).includes(String(r.props.id))));
  return [{ deleted: before - g.rels.length }];
}

function touching(g: SimulatedGraph, q: CypherQuery): Row[] {
  const ids = idsOf(q);
  return g.rels
    .filter((r) => ids.includes(r.source) || ids.includes(r.target))
    .map((r) => ({
      id: r.props.id, kind: r.type, source: r.source, target: r.target, status: r.props.status, until: r.props.until ?? null,
      sourceKind: g.nodes.get(r.source)?.props.kind, targetKind: g.nodes.get(r.target)?.props.kind,
      sourceUntil: g.nodes.get(r.source)?.props.until ?? null, targetUntil: g.nodes.get(r.target)?.props.until ?? null,
      sourceName: g.nodes.get(r.source)?.props.name, targetName: g.nodes.get(r.target)?.props.name,
    }));
}

export const relationHandlers: StatementHandler[] = [
  {
    // One UNION branch per kind asked (every kind, or those that hold relations).
    matches: (q) => q.cypher.startsWith(`MATCH (:Actor)-[r:`) && q.cypher.includes('WHERE r.id IN $ids'),
    answer: (g, q) => {
      const types = new Set([...q.cypher.matchAll(/-\[r:(\w+)\]->/g)].map((m) => m[1]));
      return rows(g, g.rels.filter((r) => types.has(r.type) && idsOf(q).includes(String(r.props.id))));
    },
  },
  {
    matches: (q) => relationKindNames.some((kind) => q.cypher === relationRead.relationsOfKindByIds(kind, []).cypher),
    answer: (g, q) => {
      const type = /-\[r:(\w+) \{id: id\}\]->/.exec(q.cypher)?.[1];
      return g.rels.filter((r) => r.type === type && idsOf(q).includes(String(r.props.id))).map((r) => ({ relation: relationValues(g, r) }));
    },
  },
  {
    matches: same(() => relationRead.relationsOfActor('')),
    answer: (g, q) =>
      g.rels
        .filter((r) => r.source === q.params.id || r.target === q.params.id)
        .sort(byId)
        .map((r) => ({ relation: g.relationMap(r), sourceUntil: g.nodes.get(r.source)?.props.until ?? null, targetUntil: g.nodes.get(r.target)?.props.until ?? null })),
  },
  { matches: same(() => relationRead.relationsTouching([])), answer: touching },
  { matches: same((asOf) => relationRead.allRelations(asOf)), answer: (g, q) => g.rels.filter((r) => g.active(r, asOfOf(q))).map((r) => ({ relation: relationValues(g, r) })) },
  { matches: same(() => relationRead.countRelations()), answer: (g) => [{ count: g.rels.length }] },
  {
    matches: same(() => relationRead.relationCountsByKind()),
    answer: (g) => [{ counts: relationKindNames.map((kind) => g.rels.filter((r) => r.type === relationType(kind)).length) }],
  },
  { matches: ({ cypher }) => /(MERGE|CREATE) \(s\)-\[r:\w+ \{id: row\.id\}\]->\(t\)/.test(cypher), answer: writeRelations },
  { matches: ({ cypher }) => /\[r:\w+ \{id: id\}\][\s\S]*DELETE r/.test(cypher), answer: deleteRelations },
];

/** A statement's lists cut into records as `returnInBlocks` does; no record when every list is empty. */
function inBlocks(lists: Record<string, unknown[]>, carry: Row = {}): Row[] {
  const longest = Math.max(...Object.values(lists).map((list) => list.length));
  const rows: Row[] = [];
  for (let block = 0; block < longest; block += resultBlock) {
    rows.push({ ...carry, ...Object.fromEntries(Object.entries(lists).map(([name, list]) => [name, list.slice(block, block + resultBlock)])) });
  }
  return rows;
}

const actorValues = (g: SimulatedGraph, id: string) => actorListKeys.map((key) => g.nodes.get(id)?.props[key] ?? null);
const relationValues = (g: SimulatedGraph, rel: SimRel) => {
  const map = g.relationMap(rel);
  return relationListKeys.map((key) => map[key] ?? null);
};

function areaSubgraph(g: SimulatedGraph, q: CypherQuery): Row[] {
  const areaId = String(q.params.areaId);
  const area = g.nodes.get(areaId);
  if (!area) return [];
  const inside = new Set(g.members(areaId, asOfOf(q)));
  const active = g.rels.filter((r) => g.active(r, asOfOf(q)));
  const out = active.filter((r) => inside.has(r.source) && (inside.has(r.target) || g.isCollaboration(r)));
  const into = active.filter((r) => inside.has(r.target) && !inside.has(r.source) && g.isCollaboration(r));
  const boundary = new Set([...out.map((r) => r.target), ...into.map((r) => r.source)].filter((id) => !inside.has(id)));
  return inBlocks(
    {
      actors: [...inside].map((id) => actorValues(g, id)),
      boundaryActors: [...boundary].map((id) => actorValues(g, id)),
      relations: [...out, ...into].map((r) => relationValues(g, r)),
    },
    { areaKind: area.props.kind },
  );
}

function egoSubgraph(g: SimulatedGraph, q: CypherQuery): Row[] {
  const egoId = String(q.params.actorId);
  if (!g.nodes.has(egoId)) return [];
  const depth = (q.cypher.match(/CALL \(reached, ring\)/g) ?? []).length;
  const distance = new Map([[egoId, 0]]);
  let ring = [egoId];
  for (let step = 1; step <= depth; step += 1) {
    const next = new Set<string>();
    for (const r of g.rels.filter((rel) => g.isCollaboration(rel) && g.active(rel, asOfOf(q)))) {
      if (ring.includes(r.source) && !distance.has(r.target)) next.add(r.target);
      if (ring.includes(r.target) && !distance.has(r.source)) next.add(r.source);
    }
    for (const id of next) distance.set(id, step);
    ring = [...next];
  }
  const among = g.rels.filter((r) => distance.has(r.source) && distance.has(r.target) && g.active(r, asOfOf(q)));
  return inBlocks({
    actors: [...distance].map(([id, d]) => [actorValues(g, id), d]),
    relations: among.map((r) => relationValues(g, r)),
  });
}

/** Same text as the builder makes for this query's asOf and depth (the text depends on both). */
const sameEgo = (q: CypherQuery) =>
  [1, 2, 3, 4].some((depth) => q.cypher === scope.egoSubgraph('', depth, asOfOf(q)).cypher);

export const scopeHandlers: StatementHandler[] = [
  { matches: same((asOf) => scope.areaMembers('', asOf)), answer: (g, q) => g.members(String(q.params.areaId), asOfOf(q)).map((id) => ({ id })) },
  { matches: same((asOf) => scope.areaSubgraph('', asOf)), answer: areaSubgraph },
  { matches: sameEgo, answer: egoSubgraph },
];
