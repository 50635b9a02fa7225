// Test support: how the simulated graph answers the relation and scope statements.
import type { CypherQuery } from '../cypher/cypher-query';
import * as relationRead from '../cypher/relation-read.cypher';
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

function mergeRelations(g: SimulatedGraph, { cypher, params }: CypherQuery): Row[] {
  const type = /MERGE \(s\)-\[r:(\w+) /.exec(cypher)?.[1] ?? '';
  let written = 0;
  for (const row of params.rows as Props[]) {
    const [source, target] = [String(row.source), String(row.target)];
    if (!g.nodes.has(source) || !g.nodes.has(target)) continue; // MATCH found no endpoint: row dropped
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
      id: r.props.id, kind: r.type, source: r.source, target: r.target,
      sourceKind: g.nodes.get(r.source)?.props.kind, targetKind: g.nodes.get(r.target)?.props.kind,
    }));
}

export const relationHandlers: StatementHandler[] = [
  { matches: same(() => relationRead.relationsByIds([])), answer: (g, q) => rows(g, g.rels.filter((r) => idsOf(q).includes(String(r.props.id)))) },
  {
    matches: same(() => relationRead.relationsOfActor('')),
    answer: (g, q) => rows(g, g.rels.filter((r) => r.source === q.params.id || r.target === q.params.id).sort(byId)),
  },
  { matches: same(() => relationRead.relationsTouching([])), answer: touching },
  { matches: same((asOf) => relationRead.allRelations(asOf)), answer: (g, q) => rows(g, g.rels.filter((r) => g.active(r, asOfOf(q))).sort(byId)) },
  { matches: same(() => relationRead.countRelations()), answer: (g) => [{ count: g.rels.length }] },
  { matches: ({ cypher }) => /MERGE \(s\)-\[r:\w+ \{id: row\.id\}\]->\(t\)/.test(cypher), answer: mergeRelations },
  { matches: ({ cypher }) => /\[r:\w+ \{id: id\}\][\s\S]*DELETE r/.test(cypher), answer: deleteRelations },
];

function neighbours(g: SimulatedGraph, q: CypherQuery): Row[] {
  const frontier = new Set(q.params.frontier as string[]);
  const reached = new Set<string>();
  for (const r of g.rels.filter((rel) => g.isCollaboration(rel) && g.active(rel, asOfOf(q)))) {
    if (frontier.has(r.source)) reached.add(r.target);
    if (frontier.has(r.target)) reached.add(r.source);
  }
  return [...reached].map((id) => ({ id }));
}

const insideOf = (q: CypherQuery) => new Set((q.params.inside as string[] | undefined) ?? []);

export const scopeHandlers: StatementHandler[] = [
  { matches: same((asOf) => scope.areaMembers('', asOf)), answer: (g, q) => g.members(String(q.params.areaId), asOfOf(q)).map((id) => ({ id })) },
  {
    matches: same((asOf) => scope.relationsFromInside([], asOf)),
    answer: (g, q) => rows(g, g.rels.filter((r) => insideOf(q).has(r.source) && (insideOf(q).has(r.target) || g.isCollaboration(r)) && g.active(r, asOfOf(q)))),
  },
  {
    matches: same((asOf) => scope.collaborationsIntoInside([], asOf)),
    answer: (g, q) => rows(g, g.rels.filter((r) => insideOf(q).has(r.target) && !insideOf(q).has(r.source) && g.isCollaboration(r) && g.active(r, asOfOf(q)))),
  },
  { matches: same((asOf) => scope.collaborationNeighbours([], asOf)), answer: neighbours },
  {
    matches: same((asOf) => scope.relationsAmong([], asOf)),
    answer: (g, q) => rows(g, g.rels.filter((r) => idsOf(q).includes(r.source) && idsOf(q).includes(r.target) && g.active(r, asOfOf(q)))),
  },
];
