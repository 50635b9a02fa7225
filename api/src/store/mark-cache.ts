import type { Scope } from '@weefsel/graph-schema';
import type { GraphStore } from './graph-store';
import { markPart, type MarkPart } from './mark-parts';
import { markReadBegins, mayShareMarkRead } from './request-marks';
import { brusselsClock, type Today } from './shared/status-on-read';

/**
 * What the cache may hold, in graph elements (nodes plus relations of the subgraph behind each
 * value): about 200 MB with every representation of them. Thirty care zones with their subgraph,
 * analysis graph and recommendation context fit; the oldest unused value goes first.
 */
export const markCacheBudget = 600_000;
/** A value larger than this is handed out once and let go (the whole region of a big import), unless its caller allows more. */
export const markCacheMaxEntry = 120_000;
/** Values kept at most, whatever their size (the scrubber and other small ones count 1). */
const maxEntries = 2_000;

export interface MarkCacheGet<T> {
  /** The value's size in graph elements (default 1); see `markCacheBudget`. */
  size?: (value: T) => number;
  /**
   * Keep a value up to this size instead of `markCacheMaxEntry` (never above the budget): for the
   * one value whose recomputation costs seconds (the region the recommendations score on).
   */
  maxSize?: number;
  /**
   * Brings the value kept under an older mark up to the current one instead of computing it
   * afresh (the region after a few writes, from the store's change log); null when it cannot,
   * and then `compute` runs. The result must equal what `compute` would give.
   */
  update?: (stale: T, staleMark: string, mark: string) => Promise<T | null>;
  /**
   * The mark the caller has just read for a value it is computing from this one (a `compute` or
   * `update` of another key): this value is then kept under the same mark, without a second read.
   * It is the part `part` names, as `compute` and `update` were given it.
   */
  mark?: string;
  /**
   * Which part of the mark the value follows (`mark-parts.ts`): 'graph' (default) for anything
   * computed from the graph, 'users' for a user as the store holds it.
   */
  part?: MarkPart;
}

/**
 * An `update` that keeps a value while the one it was computed from is still the same object: a
 * subgraph or analysis graph the cache kept through writes that did not touch it (see
 * `withCachedReads`), so what was derived from it holds as well.
 */
export function keptWhileSame<T, S extends object>(source: (value: T) => S, current: () => Promise<S>): (stale: T) => Promise<T | null> {
  return async (stale) => ((await current()) === source(stale) ? stale : null);
}

interface Entry {
  mark: string;
  value: Promise<unknown>;
  /** 0 until the value is computed. */
  size: number;
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
  private used = 0;
  private nextMark: Promise<string | null> | null = null;
  /** The last value too large to keep, so the server can say that a region outgrew the cache. */
  private refused: { key: string; size: number; max: number } | null = null;
  /** Values shared while the mark stays (see `forMark`). */
  private passing: { mark: string | null; values: Map<string, Promise<unknown>> } = { mark: null, values: new Map() };
  /** The read begun last, by its number (see `request-marks.ts`). */
  private lastRead: { read: number; mark: Promise<string | null> } | null = null;

  constructor(
    private readonly store: Pick<GraphStore, 'changeMark'>,
    private readonly today: Today = brusselsClock,
    /** Graph elements the values may hold together (`markCacheBudget` unless configured). */
    readonly budget = markCacheBudget,
  ) {}

  /** `compute` and `update` get the mark the value will be kept under (read before them). */
  async get<T>(key: string, compute: (mark: string | null) => Promise<T> | T, options: MarkCacheGet<T> = {}): Promise<T> {
    const read = options.mark ?? (await this.mark());
    if (read === null) return compute(null);
    const mark = options.mark ?? markPart(read, options.part ?? 'graph');
    const hit = this.entries.get(key);
    if (hit?.mark === mark) {
      // Most recently used last, so the oldest entry is the first to go.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = hit && options.update ? this.updated(hit, mark, options.update, compute) : Promise.resolve(mark).then(compute);
    this.drop(key);
    const entry: Entry = { mark, value, size: 0 };
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.drop(key);
    };
    value.then((computed) => {
      if (this.entries.get(key) !== entry) return;
      const size = Math.max(1, options.size?.(computed) ?? 1);
      const max = Math.min(options.maxSize ?? markCacheMaxEntry, this.budget);
      if (size > max) {
        this.refused = { key, size, max };
        return forget();
      }
      entry.size = size;
      this.used += size;
      this.evict();
    }, forget);
    this.evict();
    return value;
  }

  /** The stale entry's value updated, or computed afresh when it failed or cannot be updated. */
  private async updated<T>(
    stale: Entry,
    mark: string,
    update: (stale: T, staleMark: string, mark: string) => Promise<T | null>,
    compute: (mark: string | null) => Promise<T> | T,
  ): Promise<T> {
    const before = await (stale.value as Promise<T>).then((value) => ({ value }), () => null);
    return (before && (await update(before.value, stale.mark, mark))) ?? compute(mark);
  }

  /**
   * The store's mark, one read for all callers of the same event-loop turn (on Neo4j a read is a
   * round trip; under load many requests ask at once). The read begins after every caller that
   * shares it asked, so none can miss a write that had finished when it asked. A request that
   * writes nothing takes the last read begun after it arrived (`request-marks.ts`).
   */
  private mark(): Promise<string | null> {
    const last = this.lastRead;
    if (last && mayShareMarkRead(last.read)) return last.mark;
    this.nextMark ??= new Promise((resolve, reject) => {
      setImmediate(() => {
        this.nextMark = null;
        const read = { read: markReadBegins(), mark: this.store.changeMark() };
        this.lastRead = read;
        read.mark.then(resolve, (error: unknown) => {
          if (this.lastRead === read) this.lastRead = null;
          reject(error);
        });
      });
    });
    return this.nextMark;
  }

  /**
   * A value worth sharing only while the mark is `mark`, such as the changes since an older mark,
   * which every value kept under that older mark asks for when the mark moves on. Not counted in
   * the budget and never kept longer: the first call for another mark drops them all.
   */
  forMark<T>(mark: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.passing.mark !== mark) this.passing = { mark, values: new Map() };
    const values = this.passing.values;
    const shared = values.get(key);
    if (shared) return shared as Promise<T>;
    const value = compute();
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
    return value;
  }

  /** Begins a mark read now, for the request that has just arrived to share once it needs one. */
  readMarkAhead(): void {
    this.mark().catch(() => undefined);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.used -= entry.size;
    this.entries.delete(key);
  }

  /** Oldest unused first, until the values fit the budget and the count. */
  private evict(): void {
    while (this.used > this.budget || this.entries.size > maxEntries) this.drop(this.entries.keys().next().value as string);
  }

  /**
   * The key part for a scope on a day. A history read (no day) gives statuses as of today, so it
   * is keyed by today and kept for one day at most.
   */
  scopeKey(scope: Scope, asOf: string | null): string {
    return `${scope.areaId ?? ''}|${asOf ?? `history ${this.today()}`}`;
  }

  /** The last value computed but not kept because it was larger than it may be, if any. */
  get lastRefused(): { key: string; size: number; max: number } | null {
    return this.refused;
  }

  /** Forgets everything (benchmarks measuring cold calls). */
  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Graph elements held, for the budget (`markCacheBudget`). */
  get elements(): number {
    return this.used;
  }
}
