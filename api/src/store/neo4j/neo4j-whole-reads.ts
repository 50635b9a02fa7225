import type { Actor, Relation } from '@weefsel/graph-schema';
import { compareIds } from '../shared/id-order';
import { allActors } from './cypher/actor-read.cypher';
import { allRelations } from './cypher/relation-read.cypher';
import { actorFromList, relationFromList } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

/** Every actor, sorted by id as the embedded store gives them. */
export async function readAllActors(run: CypherRunner): Promise<Actor[]> {
  return (await run.run(allActors())).map((row) => actorFromList(row.actor)).sort(compareIds);
}

/** Every relation (active on `asOf` when given) as stored, sorted by id. */
export async function readAllRelations(run: CypherRunner, asOf: string | null): Promise<Relation[]> {
  return (await run.run(allRelations(asOf))).map((row) => relationFromList(row.relation)).sort(compareIds);
}
