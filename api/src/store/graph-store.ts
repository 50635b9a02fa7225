import type { RegionChanges } from './graph-changes';
import type { ModelStore } from './model-store';
import type { PositionStore } from './position-store';
import type { SurveyStore } from './survey-store';
import type { StoreKind } from './store-adapters';
import type {
  Actor,
  ActorInput,
  GraphDocument,
  LifeDomain,
  NodeKind,
  Relation,
  RelationInput,
  RelationKind,
  Scope,
  Subgraph,
  TargetGroup,
} from '@weefsel/graph-schema';
import type { AuditStore, UserStore, WriteAuthor } from './user-audit-store';

/** Filters combine with AND; the values inside one list combine with OR. */
export interface ActorFilter {
  kinds?: NodeKind[] | undefined;
  domains?: LifeDomain[] | undefined;
  targetGroups?: TargetGroup[] | undefined;
  /** Actors inside this area (care zone, municipality or neighbourhood), transitively. */
  areaId?: string | undefined;
  /**
   * With `areaId`: inside as on this day (placements active then, and only actors that exist then);
   * absent or null: every placement ever recorded.
   */
  asOf?: string | null | undefined;
  formal?: boolean | undefined;
  /**
   * Sort people under the label a viewer reads instead of their name (for callers who may not see
   * personal data: otherwise a hidden person's place among the letters gives the name away).
   */
  hidePersonNames?: boolean | undefined;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface SearchOptions {
  /** Kinds never returned, e.g. people for a caller who may not see their names. */
  excludeKinds?: readonly NodeKind[];
}

export interface ActorPage {
  items: Actor[];
  total: number;
}

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  actors: WriteCounts;
  relations: WriteCounts;
}

export interface ImportOptions {
  /** Remove everything first, in the same transaction (used to reload the demo seeds). */
  replace?: boolean | undefined;
}

/** What an import is compared with (see `storedRelations`). */
export interface StoredRelationQuery {
  /** Relations with these ids, each sought first under the kind given (a stored relation usually keeps its kind). */
  relations: readonly { id: string; kind: RelationKind }[];
  /** And every relation with an end among these actors: what a change of their kinds or last days must keep valid. */
  touching: readonly string[];
}

/** An actor as far as a reference to it by id or by name needs it. */
export type ActorIdentity = Pick<Actor, 'id' | 'kind' | 'name'>;

/** What the store holds, as one interchange document with the stored timestamps. */
export interface StoredGraph {
  actors: Actor[];
  relations: Relation[];
}

/**
 * The one storage contract of Weefsel. The embedded SQLite adapter and the Neo4j adapter both
 * implement it and both run the suite in `contract/`.
 *
 * Every write validates its input against graph-schema and runs in one transaction: bad input
 * throws a `ValidationError` (from graph-schema) naming the field and reason, and writes nothing.
 * Unchanged records keep their `updatedAt`, so re-importing the same data changes nothing.
 *
 * Every write takes an optional `who` (default `systemAuthor`) and appends an audit entry with the
 * record before and after IN THE SAME TRANSACTION, so no change exists without its entry; a write
 * that changes nothing appends nothing. Unreachable storage throws `StoreUnavailableError`.
 */
export interface GraphStore extends UserStore, AuditStore, PositionStore, ModelStore, SurveyStore {
  readonly kind: StoreKind;
  /** Creates or migrates the schema (tables, constraints, indexes); idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Throws when the store cannot answer a trivial query (for /readyz). */
  ping(): Promise<void>;
  counts(): Promise<{ actors: number; relations: number }>;

  getActor(id: string): Promise<Actor | null>;
  getActors(ids: readonly string[]): Promise<Actor[]>;
  /** Sorted by name (case- and accent-insensitive; see `hidePersonNames`), then id. */
  listActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage>;
  /**
   * Case- and accent-insensitive name search: exact, then prefix of a word, then substring. A text
   * over `limits.searchLength` or with a forbidden character is a ValidationError; actors of
   * `excludeKinds` are left out before the limit, so the page is full when enough others match.
   */
  searchActors(text: string, limit: number, options?: SearchOptions): Promise<Actor[]>;
  upsertActor(input: ActorInput, who?: WriteAuthor): Promise<Actor>;
  /** Removes the actor and every relation it has; false when there was no such actor. */
  deleteActor(id: string, who?: WriteAuthor): Promise<boolean>;

  getRelation(id: string): Promise<Relation | null>;
  /** Relations of one actor, either direction. */
  relationsOf(actorId: string): Promise<Relation[]>;
  upsertRelation(input: RelationInput, who?: WriteAuthor): Promise<Relation>;
  deleteRelation(id: string, who?: WriteAuthor): Promise<boolean>;

  /** Bulk upsert of an interchange document: all or nothing. */
  importGraph(doc: GraphDocument, options?: ImportOptions, who?: WriteAuthor): Promise<ImportSummary>;
  exportGraph(): Promise<StoredGraph>;
  /**
   * Every actor's id, kind and name, sorted by id: what a sheet that may name actors by name
   * resolves them against (the rest of an actor is read only for those it names).
   */
  actorDirectory(): Promise<ActorIdentity[]>;
  /**
   * The stored relations an import is compared with, each status as written instead of as read
   * today (see `status-on-read.ts`), so that a dry run counts and checks as the import will and a
   * re-import does not store today's reading. Each once, sorted by id; the read is proportional to
   * the query, not to the store.
   */
  storedRelations(query: StoredRelationQuery): Promise<Relation[]>;

  /**
   * The actors inside a scope plus, marked `boundary`, their direct collaboration partners outside
   * it; the relations among the inside actors and those to the boundary partners. With `asOf`, only
   * relations active on that date count, for membership of the area as well as for ties.
   */
  subgraph(scope: Scope, asOf?: string | null): Promise<Subgraph>;
  /**
   * The actors within `depth` collaboration ties of `actorId` (either direction) and the relations
   * among them; `boundary` marks those at exactly `depth`.
   */
  egoNetwork(actorId: string, depth: number, asOf?: string | null): Promise<Subgraph>;
  /**
   * A token that differs whenever the graph or the users may have changed since it was last read:
   * after a write through this store, or one by another process on the same data. It has a part for
   * each (`mark-parts.ts`). Null when the adapter cannot tell, and then nothing read from it may be
   * cached on the strength of the token.
   */
  changeMark(): Promise<string | null>;
  /**
   * What the graph writes since `mark` (a value `changeMark` gave) did to the whole region on
   * `asOf` (see RegionChanges), so a reader holding the region patches it (`patchRegion`) instead
   * of reading it again; both stores keep a log of what each write touched for this. Null when the
   * store cannot tell: an import that replaced the graph, changed the days an actor exists or
   * named more than `maxPatchedIds` records, an erasure or migration since, more than
   * `maxPatchedIds` ids, a mark older than the log or from another database.
   */
  regionChangesSince(mark: string, asOf: string | null): Promise<RegionChanges | null>;
}

export type {
  AuditEntry,
  AuditFilter,
  AuditOperation,
  AuditPage,
  ErasureSummary,
  NewUser,
  StoredUser,
  UserChanges,
  WriteAuthor,
} from './user-audit-store';
