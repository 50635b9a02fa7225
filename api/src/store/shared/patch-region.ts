import { firstAtOrAfter, isActiveOn, splicedSorted, type Relation, type ScopedActor, type Subgraph } from '@weefsel/graph-schema';
import type { RegionChanges } from '../graph-changes';

const idOf = (item: { id: string }) => item.id;

/** `sorted` (in id order) without the items whose ids are `dropped` or `added`, and with `added` merged in. */
function merged<T extends { id: string }>(sorted: readonly T[], dropped: ReadonlySet<string>, added: readonly T[]): T[] {
  const gone = new Set<number>();
  for (const id of [...dropped, ...added.map(idOf)]) {
    const at = firstAtOrAfter(sorted, idOf, id);
    if (sorted[at]?.id === id) gone.add(at);
  }
  return splicedSorted(sorted, idOf, gone, added);
}

/**
 * The whole region after the writes in `changes`, from the region read before them: what a fresh
 * `subgraph({}, asOf)` returns (both stores give the region in id order), without reading the
 * other hundreds of thousands of records again. Relations of a deleted actor go with it, as they
 * do in the stores. On a day, an actor absent then is left out with its ties (`existingOnDay`); a
 * write that changed the days an actor exists is logged as touching everything (`actorWriteTouched`),
 * so the actors here were present, or absent, before the writes as they are now.
 */
export function patchRegion(region: Subgraph, changes: RegionChanges): Subgraph {
  if (region.areaId !== null || region.asOf !== changes.asOf) {
    throw new Error(`patchRegion: changes for ${changes.asOf ?? 'history'} cannot patch the scope ${region.areaId ?? 'region'} on ${region.asOf ?? 'history'}`);
  }
  const day = changes.asOf;
  const present = day === null ? changes.actors : changes.actors.filter((actor) => isActiveOn(actor, day));
  const nodes = merged<ScopedActor>(region.nodes, new Set(changes.actorIds), present);
  const gone = new Set(changes.actorIds.filter((id) => !present.some((actor) => actor.id === id)));
  const dropped = new Set(changes.relationIds);
  if (gone.size > 0) for (const relation of region.relations) if (gone.has(relation.source) || gone.has(relation.target)) dropped.add(relation.id);
  const has = (id: string) => nodes[firstAtOrAfter(nodes, idOf, id)]?.id === id;
  const added = day === null ? changes.relations : changes.relations.filter((relation) => has(relation.source) && has(relation.target));
  return { ...region, nodes, relations: merged<Relation>(region.relations, dropped, added) };
}
