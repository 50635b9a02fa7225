import { type Actor, areaKinds, codedIssue, isActiveOn, isAreaKind, type NodeKind, placementParents, type Subgraph, tieKinds, ValidationError } from '@weefsel/graph-schema';
import type { GraphStore } from '../../store/graph-store';

/**
 * The widest area an actor lies in (its care zone) in `subgraph`, following its placements upward
 * (`placementParents`: on a day, where it lay that day; in the whole history, where it lies now or
 * last lay); null when it lies in none. The scored region on the day asked is that subgraph, so the
 * zone is the one of that day, not of any placement ever recorded.
 */
export function widestAreaOf(subgraph: Subgraph, id: string): string | null {
  let parents = parentsBySubgraph.get(subgraph);
  if (!parents) {
    parents = placementParents(subgraph.relations);
    parentsBySubgraph.set(subgraph, parents);
  }
  let frontier = [id];
  let top: string | null = null;
  const seen = new Set<string>(frontier);
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const area of frontier.flatMap((current) => parents.get(current) ?? [])) {
      if (seen.has(area)) continue;
      seen.add(area);
      next.push(area);
    }
    if (next.length > 0) top = next[0] as string;
    frontier = next;
  }
  return top;
}

/** A region's placements, read once per version of its graph: a care zone's suggestions ask for them each time. */
const parentsBySubgraph = new WeakMap<Subgraph, Map<string, string[]>>();

/** The actor asked about, refused when unknown, of a kind without ties, or (given a day) absent that day. */
export async function checkActor(store: GraphStore, operation: string, id: string, day: string | null = null): Promise<Actor> {
  const actor = await store.getActor(id);
  if (!actor) throw new ValidationError(operation, [{ path: 'actorId', message: `no actor has id ${JSON.stringify(id)}; look it up with search(text:)` }]);
  if (!tieKinds.has(actor.kind)) {
    throw new ValidationError(operation, [{ path: 'actorId', message: `${JSON.stringify(id)} is a ${actor.kind}, which holds no collaboration ties; pick one of ${[...tieKinds].join(', ')}` }]);
  }
  if (day !== null && !isActiveOn(actor, day)) throw new ValidationError(operation, [codedIssue('actorId', 'absentOnDay', { id, day })]);
  return actor;
}

export async function checkArea(store: GraphStore, operation: string, id: string, path = 'neighbourhoodId'): Promise<Actor> {
  const area = await store.getActor(id);
  if (!area || !isAreaKind(area.kind)) {
    throw new ValidationError(operation, [{ path, message: `${JSON.stringify(id)} is not an area; pick an actor of kind ${areaKinds.join(', ')}; look it up with search(text:)` }]);
  }
  return area;
}

/**
 * A check that passes as soon as `known` (the kind the graph read for this request gives the id)
 * is one `check` accepts, without waiting for the store; otherwise the store's check decides, with
 * its error. Both run at once, so a bad id is reported without waiting for the graph.
 */
export function checkedEarly(known: Promise<NodeKind | undefined>, accepts: (kind: NodeKind) => boolean, check: () => Promise<unknown>): Promise<void> {
  const fromStore = check().then(() => undefined);
  return new Promise((resolve, reject) => {
    known.then((kind) => {
      if (kind !== undefined && accepts(kind)) resolve();
    }, () => undefined);
    fromStore.then(resolve, reject);
  });
}
