import type { Actor, NodeKind, Relation } from '@weefsel/graph-schema';
import type { ActorIdentity } from '../graph-store';
import { compareIds } from '../shared/id-order';
import { actorDirectory, allActors } from './cypher/actor-read.cypher';
import { allRelations } from './cypher/relation-read.cypher';
import { actorFromList, relationFromList } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

/** Every actor, sorted by id as the embedded store gives them. */
export async function readAllActors(run: CypherRunner): Promise<Actor[]> {
  return (await run.run(allActors())).map((row) => actorFromList(row.actor)).sort(compareIds);
}

/** Every actor's id, kind and name, sorted by id. */
export async function readActorDirectory(run: CypherRunner): Promise<ActorIdentity[]> {
  return (await run.run(actorDirectory()))
    .map(({ actor }) => {
      const [id, kind, name] = actor as [string, NodeKind, string];
      return { id, kind, name };
    })
    .sort(compareIds);
}

/** Every relation (active on `asOf` when given) as stored, sorted by id. */
export async function readAllRelations(run: CypherRunner, asOf: string | null): Promise<Relation[]> {
  return (await run.run(allRelations(asOf))).map((row) => relationFromList(row.relation)).sort(compareIds);
}
