import type { Scope, Subgraph } from '@weefsel/graph-schema';
import type { GraphStore } from './graph-store';
import { MarkCache } from './mark-cache';

/** A value's size for the mark cache: the elements of the subgraph it was built from. */
export const subgraphSize = (subgraph: Subgraph): number => subgraph.nodes.length + subgraph.relations.length;

/**
 * Wraps a store so that `subgraph(scope, asOf)` goes through the mark cache: the network page,
 * analysis and recommendations of a care zone ask for the same subgraph again and again while
 * nobody writes. Callers get the same object for the same scope: it must be treated as read-only.
 */
export function withCachedSubgraphs(store: GraphStore, cache: MarkCache = new MarkCache(store)): GraphStore {
  const subgraph = (scope: Scope, asOf: string | null = null): Promise<Subgraph> =>
    cache.get(`subgraph|${cache.scopeKey(scope, asOf)}`, () => store.subgraph(scope, asOf), { size: subgraphSize });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'subgraph') return subgraph;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
