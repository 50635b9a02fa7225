import { deriveRelationId, relationKindNames, relationKinds, type RelationInput, type RelationKind } from '@weefsel/graph-schema';

const kindIndex = new Map(relationKindNames.map((kind, i) => [kind, i]));

/** Every day of the generated period as YYYY-MM-DD, computed once instead of per relation. */
export class DateTable {
  readonly days: readonly string[];

  constructor(startYear: number, endYear: number) {
    const first = Date.UTC(startYear, 0, 1);
    const count = Math.round((Date.UTC(endYear + 1, 0, 1) - first) / 86_400_000);
    this.days = Array.from({ length: count }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
  }

  get length(): number {
    return this.days.length;
  }

  at(day: number): string {
    return this.days[Math.min(Math.max(day, 0), this.days.length - 1)] as string;
  }
}

/**
 * Collects relations and refuses repeats: one relation per kind and endpoint pair, and A-B equals
 * B-A for undirected kinds, exactly as `deriveRelationId` sees it. Keys are numbers, not id strings,
 * to keep a quarter of a million of them cheap.
 */
export class RelationSink {
  readonly relations: RelationInput[] = [];
  private readonly keys = new Set<number>();

  constructor(
    private readonly ids: readonly string[],
    private readonly days: DateTable,
  ) {}

  get size(): number {
    return this.relations.length;
  }

  has(kind: RelationKind, source: number, target: number): boolean {
    return this.keys.has(this.key(kind, source, target));
  }

  /** Adds the relation unless it exists; `since`/`until` are day offsets, -1 for none. */
  add(kind: RelationKind, source: number, target: number, since: number, until = -1): boolean {
    if (source === target) return false;
    const key = this.key(kind, source, target);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const s = this.ids[source] as string;
    const t = this.ids[target] as string;
    const relation: RelationInput = { id: deriveRelationId(kind, s, t), kind, source: s, target: t };
    if (since >= 0) relation.since = this.days.at(since);
    if (until >= 0) relation.until = this.days.at(until);
    this.relations.push(relation);
    return true;
  }

  private key(kind: RelationKind, source: number, target: number): number {
    const [a, b] = relationKinds[kind].directed || source <= target ? [source, target] : [target, source];
    return (a * this.ids.length + b) * relationKindNames.length + (kindIndex.get(kind) ?? 0);
  }
}
