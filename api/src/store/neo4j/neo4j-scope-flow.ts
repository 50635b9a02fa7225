import { egoExistingOnDay, existingOnDay } from '../shared/existing-on-day';
import type { NodeKind, Scope, ScopedActor, Subgraph } from '@weefsel/graph-schema';
import { nameKey } from '../shared/record-fields';
import { checkArea, checkEgoDepth, unknownEgoActor } from '../shared/scope-checks';
import { scoped, scopeRelations } from '../shared/subgraph-assembly';
import { areaSubgraph, egoSubgraph } from './cypher/scope.cypher';
import { actorFromList, relationFromList, toNumber } from './neo4j-mapping';
import { readAllActors, readAllRelations } from './neo4j-whole-reads';
import type { CypherRunner, Row } from './neo4j-runner';
import { compareIds } from '../shared/id-order';

/** Every item of one list column of a statement answered in blocks (see `returnInBlocks`). */
function column(rows: readonly Row[], name: string): unknown[] {
  return rows.flatMap((row) => (Array.isArray(row[name]) ? (row[name] as unknown[]) : []));
}

/** Nodes in name order (folded), then id. The key is folded once per actor, not once per comparison. */
function byName(nodes: readonly ScopedActor[]): ScopedActor[] {
  const keyed = nodes.map((node) => ({ node, key: nameKey(node.name) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareIds(a.node, b.node)));
  return keyed.map(({ node }) => node);
}

export async function subgraph(run: CypherRunner, scope: Scope, asOf: string | null): Promise<Subgraph> {
  const areaId = scope.areaId ?? null;
  if (areaId === null) {
    // In id order, as the embedded store gives it, so a region patched after a write (patchRegion) is the one read afresh.
    const nodes = (await readAllActors(run)).map((actor) => scoped(actor, false));
    return existingOnDay({ areaId: null, areaKind: null, asOf, nodes, relations: await readAllRelations(run, asOf) }, null);
  }
  // One statement: a round trip per step was a large part of the time on Neo4j (docs/neo4j.md).
  const rows = await run.run(areaSubgraph(areaId, asOf));
  const areaKind = rows[0]?.areaKind as NodeKind | undefined;
  checkArea(areaId, areaKind, 'subgraph', 'scope.areaId');
  const inside = column(rows, 'actors').map(actorFromList);
  const outside = new Map(column(rows, 'boundaryActors').map(actorFromList).map((actor) => [actor.id, actor]));
  // The statement already selects these relations; scopeRelations applies the same rule as the
  // other adapter and names the boundary actors.
  const { relations, boundary } = scopeRelations(new Set(inside.map((actor) => actor.id)), column(rows, 'relations').map(relationFromList));
  const boundaryNodes = [...boundary].flatMap((id) => {
    const actor = outside.get(id);
    return actor ? [scoped(actor, true)] : [];
  });
  const nodes = byName([...inside.map((actor) => scoped(actor, false)), ...boundaryNodes]);
  return existingOnDay({ areaId, areaKind, asOf, nodes, relations: relations.sort(compareIds) }, areaId);
}

/** Collaboration partners up to `depth` steps away (breadth-first, in the statement); the last ring is the boundary. */
export async function egoNetwork(run: CypherRunner, actorId: string, depth: number, asOf: string | null): Promise<Subgraph> {
  checkEgoDepth(depth);
  const rows = await run.run(egoSubgraph(actorId, depth, asOf));
  if (rows.length === 0) throw unknownEgoActor(actorId);
  const nodes = column(rows, 'actors').map((pair) => {
    const [values, distance] = pair as [unknown, unknown];
    return scoped(actorFromList(values), toNumber(distance) === depth);
  });
  const relations = column(rows, 'relations').map(relationFromList).sort(compareIds);
  return egoExistingOnDay({ areaId: null, areaKind: null, asOf, nodes: byName(nodes), relations }, actorId, depth);
}
