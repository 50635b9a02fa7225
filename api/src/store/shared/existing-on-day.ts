import { isActiveOn, relationKinds, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
import { egoDistances } from './subgraph-assembly';

const hasDates = (actor: ScopedActor) => actor.since !== null || actor.until !== null;

/**
 * The part of a subgraph read for a day that exists on that day: the actors whose own dates include
 * it, and the relations between two of them (`tieCountsOn`: a tie recorded as running past the day
 * its project ended ended with it). `keep` (the area asked about, the centre of an ego network)
 * stays, so a view of it before it existed shows it without ties instead of failing. Both stores
 * read a day through this one function, so they cannot disagree on who was there.
 */
export function existingOnDay(subgraph: Subgraph, keep: string | null): Subgraph {
  const day = subgraph.asOf;
  if (day === null || !subgraph.nodes.some(hasDates)) return subgraph;
  const absent = new Set(subgraph.nodes.filter((actor) => actor.id !== keep && !isActiveOn(actor, day)).map((actor) => actor.id));
  // The kept actor itself may not exist that day: its placements and ties do not count either.
  const keptAbsent = keep !== null && subgraph.nodes.some((actor) => actor.id === keep && !isActiveOn(actor, day));
  if (absent.size === 0 && !keptAbsent) return subgraph;
  const counts = (relation: Relation) =>
    !absent.has(relation.source) && !absent.has(relation.target) && !(keptAbsent && (relation.source === keep || relation.target === keep));
  const relations = subgraph.relations.filter(counts);
  // A partner outside the scope is in it only through its ties: without one left, it goes too.
  const tied = new Set(relations.flatMap((relation) => [relation.source, relation.target]));
  const nodes = subgraph.nodes.filter((actor) => !absent.has(actor.id) && (!actor.boundary || tied.has(actor.id)));
  return { ...subgraph, nodes, relations };
}

/**
 * An ego network read for a day, with the actors absent that day taken out (`existingOnDay`) and
 * the distances measured again over the ties that remain: an actor reached only through one who
 * was not there is not within `depth` that day.
 */
export async function egoExistingOnDay(subgraph: Subgraph, centre: string, depth: number): Promise<Subgraph> {
  const present = existingOnDay(subgraph, centre);
  if (present === subgraph) return subgraph;
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const relation of present.relations) {
    if (relationKinds[relation.kind].tie !== 'collaboration') continue;
    link(relation.source, relation.target);
    link(relation.target, relation.source);
  }
  // The stores' own breadth-first walk, over the ties that remain.
  const distance = await egoDistances(centre, depth, (frontier) => frontier.flatMap((id) => neighbours.get(id) ?? []));
  return {
    ...present,
    nodes: present.nodes.filter((actor) => distance.has(actor.id)).map((actor) => ({ ...actor, boundary: distance.get(actor.id) === depth })),
    relations: present.relations.filter((relation) => distance.has(relation.source) && distance.has(relation.target)),
  };
}
