import type { Scope, Subgraph } from '@weefsel/graph-schema';
import type { GraphStore } from './graph-store';
import { brusselsClock, type Today } from './shared/status-on-read';

/** Scopes kept; a care zone is a few hundred kB in memory, the whole region of a big import more. */
const maxEntries = 12;
/** Larger subgraphs are not kept: they would pin too much memory for a rare question. */
const maxCachedNodes = 20_000;

interface Entry {
  mark: string;
  subgraph: Promise<Subgraph>;
}

/**
 * Wraps a store so that `subgraph(scope, asOf)` is read once per change of the store's
 * `changeMark()`: the network page, analysis and recommendations of a care zone ask for the same
 * subgraph again and again while nobody writes. Any write, here or in another process, moves the
 * mark and the next call reads afresh. A store that cannot tell (a null mark) is read every time.
 * Callers get the same object for the same scope: it must be treated as read-only.
 */
export function withCachedSubgraphs(store: GraphStore, today: Today = brusselsClock): GraphStore {
  const cache = new Map<string, Entry>();
  const subgraph = async (scope: Scope, asOf: string | null = null): Promise<Subgraph> => {
    const mark = await store.changeMark();
    if (mark === null) return store.subgraph(scope, asOf);
    // A history read (no asOf) gives statuses as of today, so it is kept for one day at most.
    const key = `${scope.areaId ?? ''}|${asOf ?? `history ${today()}`}`;
    const hit = cache.get(key);
    if (hit?.mark === mark) {
      // Most recently used last, so the oldest entry is the first to go.
      cache.delete(key);
      cache.set(key, hit);
      return hit.subgraph;
    }
    const loading = store.subgraph(scope, asOf);
    cache.set(key, { mark, subgraph: loading });
    const forget = () => {
      if (cache.get(key)?.subgraph === loading) cache.delete(key);
    };
    loading.then((loaded) => loaded.nodes.length > maxCachedNodes && forget(), forget);
    while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return loading;
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'subgraph') return subgraph;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
