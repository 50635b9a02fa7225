// Test support: how the simulated graph answers the statements that rename old person ids.
import type { CypherQuery } from '../cypher/cypher-query';
import * as personIds from '../cypher/person-ids.cypher';
import type { Row } from '../neo4j-runner';
import type { SimulatedGraph } from './simulated-graph';
import type { StatementHandler } from './simulated-transactions';

const same = (build: () => CypherQuery) => (q: CypherQuery) => q.cypher === build().cypher;

function rename(g: SimulatedGraph, { params }: CypherQuery): Row[] {
  const [from, to] = [String(params.from), String(params.to)];
  const node = g.nodes.get(from);
  if (!node) return [{ renamed: 0 }];
  g.nodes.delete(from);
  g.nodes.set(to, { ...node, props: { ...node.props, id: to } });
  const renames = new Map((params.renames as { id: string; newId: string }[]).map((r) => [r.id, r.newId]));
  for (const rel of g.rels.filter((r) => r.source === from || r.target === from)) {
    if (rel.source === from) rel.source = to;
    if (rel.target === from) rel.target = to;
    const newId = renames.get(String(rel.props.id));
    if (newId) rel.props.id = newId;
  }
  return [{ renamed: renames.size }];
}

export const personIdHandlers: StatementHandler[] = [
  {
    matches: same(() => personIds.actorsOfKinds([])),
    answer: (g, { params }) =>
      [...g.nodes.values()].filter((n) => (params.kinds as string[]).includes(String(n.props.kind))).map((n) => ({ id: n.props.id, kind: n.props.kind, name: n.props.name })),
  },
  {
    matches: same(() => personIds.relationEndsOf('')),
    answer: (g, { params }) =>
      g.rels.filter((r) => r.source === params.id || r.target === params.id).map((r) => ({ id: r.props.id, kind: r.type, source: r.source, target: r.target })),
  },
  { matches: same(() => personIds.renameActor('', '', [])), answer: rename },
];
