import type { Scope, Subgraph } from '@weefsel/graph-schema';
import type { RegionChanges } from './graph-changes';
import type { GraphStore } from './graph-store';
import { MarkCache } from './mark-cache';
import type { StoredUser } from './user-audit-store';

/** A value's size for the mark cache: the elements of the subgraph it was built from. */
export const subgraphSize = (subgraph: Subgraph): number => subgraph.nodes.length + subgraph.relations.length;

/**
 * Whether writes left a subgraph of an area or around an actor as it was. Such a subgraph gains or
 * loses an actor, a tie or a field only through a record it holds (an actor inside, on its boundary
 * or within reach, a relation it lists) or through a relation with an end among its actors (a
 * placement in one of its areas, a tie to one of them); a relation between two actors outside it
 * changes neither membership nor distances, and an actor outside it with no such relation is not
 * in it before or after. Deleted records are in `relationIds` and `actorIds` without a record in
 * the lists, and a deleted actor's relations went with it: both are caught by the ids it holds.
 * Not for the whole region, which every new actor joins.
 */
export function untouchedBy(subgraph: Subgraph, changes: Pick<RegionChanges, 'actorIds' | 'relationIds' | 'relations'>): boolean {
  const actors = new Set(subgraph.nodes.map((node) => node.id));
  if (subgraph.areaId !== null) actors.add(subgraph.areaId);
  if (changes.actorIds.some((id) => actors.has(id))) return false;
  const relations = new Set(subgraph.relations.map((relation) => relation.id));
  if (changes.relationIds.some((id) => relations.has(id))) return false;
  return !changes.relations.some((relation) => actors.has(relation.source) || actors.has(relation.target));
}

/**
 * What the writes since `staleMark` did to the region on `asOf`, read once for every value the
 * cache brings from that mark up to `mark` (after a write, an area's subgraph, an ego network, the
 * name scrubber and the region's analysis graph all ask): on Neo4j each read is a transaction.
 */
export function changesSince(cache: MarkCache, store: Pick<GraphStore, 'regionChangesSince'>, staleMark: string, mark: string, asOf: string | null): Promise<RegionChanges | null> {
  return cache.forMark(mark, `changes|${staleMark}${cache.scopeKey({ areaId: null }, asOf)}`, () => store.regionChangesSince(staleMark, asOf));
}

/**
 * Wraps a store so that `subgraph`, `egoNetwork` and `getUser` go through the mark cache: the
 * network page, analysis and recommendations of a care zone ask for the same subgraph again and
 * again, and every request asks for its session's user. An area's subgraph and an actor's ego
 * network are kept across writes that did not touch them (the store's change log says which
 * records they did), so writes elsewhere in the region do not make them be read again. A user is
 * kept until the next user or session write (the users' part of the mark, `mark-parts.ts`), so a
 * deleted user, a new role or an ended session counts from the first request that arrives after
 * it, as when the user was read for every request (on Neo4j one transaction per request). Callers
 * get the same object for the same question: it must be treated as read-only.
 */
export function withCachedReads(store: GraphStore, cache: MarkCache = new MarkCache(store)): GraphStore {
  const keptUntouched = (asOf: string | null) => async (stale: Subgraph, staleMark: string, mark: string) => {
    const changes = await changesSince(cache, store, staleMark, mark, asOf);
    return changes && untouchedBy(stale, changes) ? stale : null;
  };
  const subgraph = (scope: Scope, asOf: string | null = null): Promise<Subgraph> =>
    cache.get(`subgraph|${cache.scopeKey(scope, asOf)}`, () => store.subgraph(scope, asOf), {
      size: subgraphSize,
      ...(scope.areaId ? { update: keptUntouched(asOf) } : {}),
    });
  const egoNetwork = (actorId: string, depth: number, asOf: string | null = null): Promise<Subgraph> =>
    cache.get(`ego|${depth}|${cache.scopeKey({ areaId: actorId }, asOf)}`, () => store.egoNetwork(actorId, depth, asOf), {
      size: subgraphSize,
      update: keptUntouched(asOf),
    });
  const getUser = (id: string): Promise<StoredUser | null> => cache.get(`user|${id}`, () => store.getUser(id), { part: 'users' });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'subgraph') return subgraph;
      if (property === 'egoNetwork') return egoNetwork;
      if (property === 'getUser') return getUser;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
