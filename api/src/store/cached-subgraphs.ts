import type { Scope, Subgraph } from '@weefsel/graph-schema';
import type { GraphStore } from './graph-store';
import { MarkCache } from './mark-cache';

/** Larger subgraphs are not kept: they would pin too much memory for a rare question. */
export const maxCachedNodes = 20_000;

/** Whether a value built from a subgraph of this size may stay in the cache. */
export const keepSubgraphSized = (subgraph: Subgraph): boolean => subgraph.nodes.length <= maxCachedNodes;

/**
 * Wraps a store so that `subgraph(scope, asOf)` goes through the mark cache: the network page,
 * analysis and recommendations of a care zone ask for the same subgraph again and again while
 * nobody writes. Callers get the same object for the same scope: it must be treated as read-only.
 */
export function withCachedSubgraphs(store: GraphStore, cache: MarkCache = new MarkCache(store)): GraphStore {
  const subgraph = (scope: Scope, asOf: string | null = null): Promise<Subgraph> =>
    cache.get(`subgraph|${cache.scopeKey(scope, asOf)}`, () => store.subgraph(scope, asOf), { keep: keepSubgraphSized });
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'subgraph') return subgraph;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
