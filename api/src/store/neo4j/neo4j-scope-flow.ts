import type { Relation, Scope, Subgraph } from '@weefsel/graph-schema';
import { nameKey } from '../shared/record-fields';
import { checkEgoDepth, unknownEgoActor } from '../shared/scope-checks';
import { egoDistances, scoped, scopeRelations } from '../shared/subgraph-assembly';
import { allActors } from './cypher/actor-read.cypher';
import { allRelations } from './cypher/relation-read.cypher';
import { collaborationNeighbours, collaborationsIntoInside, relationsAmong, relationsFromInside } from './cypher/scope.cypher';
import { requireArea } from './neo4j-checks';
import { actorsById, kindsById } from './neo4j-lookups';
import { toActor, toRelation } from './neo4j-mapping';
import { memberIds } from './neo4j-read-flow';
import type { CypherRunner, Row } from './neo4j-runner';

const compareIds = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function relationsOf(rows: readonly Row[]): Relation[] {
  return rows.map((row) => toRelation(row.relation as Record<string, unknown>)).sort(compareIds);
}

/** The actors of a subgraph in name order (folded), then id, each marked inside or boundary. */
async function scopedActors(run: CypherRunner, boundaryOf: ReadonlyMap<string, boolean>): Promise<Subgraph['nodes']> {
  const actors = [...(await actorsById(run, [...boundaryOf.keys()])).values()];
  const key = (id: string, name: string) => ({ id, name: nameKey(name) });
  return actors
    .map((actor) => scoped(actor, boundaryOf.get(actor.id) === true))
    .sort((a, b) => {
      const ka = key(a.id, a.name);
      const kb = key(b.id, b.name);
      return ka.name < kb.name ? -1 : ka.name > kb.name ? 1 : compareIds(a, b);
    });
}

export async function subgraph(run: CypherRunner, scope: Scope, asOf: string | null): Promise<Subgraph> {
  const areaId = scope.areaId ?? null;
  if (areaId === null) {
    const nodes = (await run.run(allActors())).map((row) => scoped(toActor(row.actor as Record<string, unknown>), false));
    return { areaId: null, areaKind: null, asOf, nodes, relations: relationsOf(await run.run(allRelations(asOf))) };
  }
  const areaKind = await requireArea(run, 'subgraph', 'scope.areaId', areaId);
  const inside = await memberIds(run, areaId, asOf);
  // The statements already select these relations; scopeRelations applies the same rule as the
  // other adapter and names the boundary actors.
  const touching = relationsOf([...(await run.run(relationsFromInside(inside, asOf))), ...(await run.run(collaborationsIntoInside(inside, asOf)))]);
  const { relations, boundary } = scopeRelations(new Set(inside), touching);
  const boundaryOf = new Map<string, boolean>([...inside.map((id): [string, boolean] => [id, false]), ...[...boundary].map((id): [string, boolean] => [id, true])]);
  return { areaId, areaKind, asOf, nodes: await scopedActors(run, boundaryOf), relations };
}

/**
 * Breadth-first, one query per ring: each step asks only for the collaboration partners of the
 * newest ring, so every actor is expanded once (a variable-length pattern would enumerate paths).
 */
export async function egoNetwork(run: CypherRunner, actorId: string, depth: number, asOf: string | null): Promise<Subgraph> {
  checkEgoDepth(depth);
  if (!(await kindsById(run, [actorId])).has(actorId)) throw unknownEgoActor(actorId);
  const distance = await egoDistances(actorId, depth, async (frontier) =>
    (await run.run(collaborationNeighbours(frontier, asOf))).map((row) => String(row.id)),
  );
  const relations = relationsOf(await run.run(relationsAmong([...distance.keys()], asOf)));
  const boundaryOf = new Map([...distance].map(([id, d]) => [id, d === depth]));
  return { areaId: null, areaKind: null, asOf, nodes: await scopedActors(run, boundaryOf), relations };
}
