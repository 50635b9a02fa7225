import type { Relation, ScopedActor, Subgraph } from '@weefsel/graph-schema';
import type { RegionChanges } from '../graph-changes';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `sorted` without the `dropped` ids and with `added` merged in by id (both lists in id order). */
function merged<T extends { id: string }>(sorted: readonly T[], dropped: (item: T) => boolean, added: readonly T[]): T[] {
  const extra = [...added].sort(byId);
  const out: T[] = [];
  let k = 0;
  for (const item of sorted) {
    if (dropped(item)) continue;
    while (k < extra.length && byId(extra[k] as T, item) < 0) out.push(extra[k++] as T);
    out.push(item);
  }
  while (k < extra.length) out.push(extra[k++] as T);
  return out;
}

/**
 * The whole region after the writes in `changes`, from the region read before them: what a fresh
 * `subgraph({}, asOf)` returns (both stores give the region in id order), without reading the
 * other hundreds of thousands of records again. Relations of a deleted actor go with it, as they
 * do in the stores.
 */
export function patchRegion(region: Subgraph, changes: RegionChanges): Subgraph {
  if (region.areaId !== null || region.asOf !== changes.asOf) {
    throw new Error(`patchRegion: changes for ${changes.asOf ?? 'history'} cannot patch the scope ${region.areaId ?? 'region'} on ${region.asOf ?? 'history'}`);
  }
  const touchedActors = new Set(changes.actorIds);
  const touchedRelations = new Set(changes.relationIds);
  const nodes = merged<ScopedActor>(region.nodes, (node) => touchedActors.has(node.id), changes.actors);
  const gone = new Set([...touchedActors].filter((id) => !changes.actors.some((actor) => actor.id === id)));
  const relations = merged<Relation>(
    region.relations,
    (relation) => touchedRelations.has(relation.id) || gone.has(relation.source) || gone.has(relation.target),
    changes.relations,
  );
  return { ...region, nodes, relations };
}
