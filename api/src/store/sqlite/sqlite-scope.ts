import type { Scope, Subgraph } from '@weefsel/graph-schema';
import { checkArea, checkEgoDepth, unknownEgoActor } from '../shared/scope-checks';
import { egoExistingOnDay, existingOnDay } from '../shared/existing-on-day';
import { egoDistances, scoped, scopeRelations } from '../shared/subgraph-assembly';
import { toActor, toRelation } from './sqlite-rows';
import { allInChunks, type Statements } from './sqlite-statements';

/** The members of an area (itself included), after checking that it is one. */
export function areaMembers(statements: Statements, areaId: string, asOf: string | null, operation: string, path: string): string[] {
  checkArea(areaId, statements.actor.get(areaId)?.kind, operation, path);
  return statements.members.all({ areaId, asOf }).map((row) => row.id);
}

function wholeGraph(statements: Statements, asOf: string | null): Subgraph {
  return {
    areaId: null,
    areaKind: null,
    asOf,
    nodes: statements.allActors.all().map((row) => scoped(toActor(row), false)),
    relations: statements.allRelations.all({ asOf }).map(toRelation),
  };
}

export function loadSubgraph(statements: Statements, scope: Scope, asOf: string | null): Subgraph {
  const areaId = scope.areaId ?? null;
  if (areaId === null) return existingOnDay(wholeGraph(statements, asOf), null);
  const inside = areaMembers(statements, areaId, asOf, 'subgraph', 'scope.areaId');
  const ids = JSON.stringify(inside);
  const { relations, boundary } = scopeRelations(new Set(inside), statements.touching.all({ ids, asOf }));
  const rows = allInChunks(statements.actorsIn, [...inside, ...boundary]);
  const area = rows.find((row) => row.id === areaId);
  const subgraph = {
    areaId,
    areaKind: area?.kind ?? null,
    asOf,
    nodes: rows.map((row) => scoped(toActor(row), boundary.has(row.id))),
    relations: relations.map(toRelation),
  };
  return existingOnDay(subgraph, areaId);
}

export async function loadEgoNetwork(statements: Statements, actorId: string, depth: number, asOf: string | null): Promise<Subgraph> {
  checkEgoDepth(depth);
  if (!statements.actor.get(actorId)) throw unknownEgoActor(actorId);
  const distance = await egoDistances(actorId, depth, (frontier) =>
    statements.collaborators.all({ ids: JSON.stringify(frontier), asOf }).map((row) => row.id),
  );
  const ids = [...distance.keys()];
  const ego = {
    areaId: null,
    areaKind: null,
    asOf,
    nodes: allInChunks(statements.actorsIn, ids).map((row) => scoped(toActor(row), distance.get(row.id) === depth)),
    relations: statements.among.all({ ids: JSON.stringify(ids), asOf }).map(toRelation),
  };
  return egoExistingOnDay(ego, actorId, depth);
}
