import type { Scope } from '@weefsel/graph-schema';
import type { GraphStore } from './graph-store';
import { brusselsClock, type Today } from './shared/status-on-read';

/** Values kept at most; the oldest unused goes first. A care zone's entries are a few hundred kB each. */
export const markCacheEntries = 64;

export interface MarkCacheGet<T> {
  /** Whether a computed value may be kept (a huge one is handed out once and let go). */
  keep?: (value: T) => boolean;
}

interface Entry {
  mark: string;
  value: Promise<unknown>;
}

/**
 * The API's one caching policy: anything computed from the graph (subgraphs, analysis graphs,
 * metrics, layouts, recommendation contexts, the viewers' name scrubber) is kept until the store's
 * `changeMark()` moves. Both stores move it in every write transaction, whichever process or
 * instance wrote, so a value is never stale on one store and fresh on the other. A store that
 * cannot tell (a null mark) gets nothing kept.
 *
 * Concurrent callers asking for the same key share one computation; a computation that fails is
 * forgotten. A value computed while a write commits is kept under the mark read before it, so the
 * next call, which sees the new mark, computes it again.
 */
export class MarkCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly store: Pick<GraphStore, 'changeMark'>,
    private readonly today: Today = brusselsClock,
    private readonly maxEntries = markCacheEntries,
  ) {}

  async get<T>(key: string, compute: () => Promise<T> | T, options: MarkCacheGet<T> = {}): Promise<T> {
    const mark = await this.store.changeMark();
    if (mark === null) return compute();
    const hit = this.entries.get(key);
    if (hit?.mark === mark) {
      // Most recently used last, so the oldest entry is the first to go.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = Promise.resolve().then(compute);
    this.entries.set(key, { mark, value });
    const forget = () => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    };
    value.then((computed) => (options.keep && !options.keep(computed) ? forget() : undefined), forget);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /**
   * The key part for a scope on a day. A history read (no day) gives statuses as of today, so it
   * is keyed by today and kept for one day at most.
   */
  scopeKey(scope: Scope, asOf: string | null): string {
    return `${scope.areaId ?? ''}|${asOf ?? `history ${this.today()}`}`;
  }

  /** Forgets everything (benchmarks measuring cold calls). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
