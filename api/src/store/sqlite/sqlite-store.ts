import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Actor, ActorInput, GraphDocument, Relation, RelationInput, Scope, Subgraph } from '@weefsel/graph-schema';
import type { ActorFilter, ActorPage, GraphStore, ImportOptions, ImportSummary, PageRequest, StoredGraph } from '../graph-store';
import { applySchema, type SchemaOutcome } from './sqlite-migrate';
import { ActorLister, prepareSearch } from './sqlite-queries';
import { toActor, toRelation } from './sqlite-rows';
import { loadEgoNetwork, loadSubgraph } from './sqlite-scope';
import { allInChunks, prepareStatements, type Statements } from './sqlite-statements';
import { importDocument, writeActor, writeRelation } from './sqlite-writes';

interface Ready {
  statements: Statements;
  lister: ActorLister;
  search: ReturnType<typeof prepareSearch>;
}

/**
 * The embedded store: one SQLite file (or `:memory:`) through better-sqlite3. The driver is
 * synchronous; the methods are async only to fit `GraphStore`. Every write is one transaction.
 */
export class SqliteGraphStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database;
  private ready: Ready | undefined;
  /** What `init` did to the schema: created, migrated or nothing (current). */
  schemaOutcome: SchemaOutcome | undefined;

  constructor(readonly file: string) {
    if (file !== ':memory:' && !file.startsWith('file:')) mkdirSync(dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    // WAL lets readers run while an import writes; foreign keys make deletes cascade to relations.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // The default 2 MB page cache thrashes on a Flanders-scale graph (relation indexes alone are
    // tens of MB); a larger cache and memory-mapped reads halve import and subgraph times.
    this.db.pragma('cache_size = -131072');
    this.db.pragma('mmap_size = 1073741824');
    this.db.pragma('temp_store = MEMORY');
  }

  private get use(): Ready {
    if (!this.ready) throw new Error(`SqliteGraphStore(${this.file}): call init() before using the store`);
    return this.ready;
  }

  async init(): Promise<void> {
    this.schemaOutcome = applySchema(this.db);
    if (this.ready) return;
    const statements = prepareStatements(this.db);
    this.ready = { statements, lister: new ActorLister(this.db, statements), search: prepareSearch(this.db) };
  }

  async close(): Promise<void> {
    this.ready = undefined;
    if (this.db.open) this.db.close();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async counts(): Promise<{ actors: number; relations: number }> {
    const { statements } = this.use;
    return { actors: statements.countActors.get()?.n ?? 0, relations: statements.countRelations.get()?.n ?? 0 };
  }

  async getActor(id: string): Promise<Actor | null> {
    const row = this.use.statements.actor.get(id);
    return row ? toActor(row) : null;
  }

  async getActors(ids: readonly string[]): Promise<Actor[]> {
    return allInChunks(this.use.statements.actorsIn, [...new Set(ids)]).map(toActor);
  }

  async listActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    return this.use.lister.list(filter, page);
  }

  async searchActors(text: string, limit: number): Promise<Actor[]> {
    return this.use.search(text, limit);
  }

  async upsertActor(input: ActorInput): Promise<Actor> {
    return writeActor(this.db, this.use.statements, input);
  }

  async deleteActor(id: string): Promise<boolean> {
    // The foreign keys cascade to the relations and the junction rows in the same statement.
    return this.use.statements.deleteActor.run(id).changes > 0;
  }

  async getRelation(id: string): Promise<Relation | null> {
    const row = this.use.statements.relation.get(id);
    return row ? toRelation(row) : null;
  }

  async relationsOf(actorId: string): Promise<Relation[]> {
    return this.use.statements.relationsOf.all({ id: actorId }).map(toRelation);
  }

  async upsertRelation(input: RelationInput): Promise<Relation> {
    return writeRelation(this.db, this.use.statements, input);
  }

  async deleteRelation(id: string): Promise<boolean> {
    return this.use.statements.deleteRelation.run(id).changes > 0;
  }

  async importGraph(doc: GraphDocument, options?: ImportOptions): Promise<ImportSummary> {
    return importDocument(this.db, this.use.statements, doc, options);
  }

  async exportGraph(): Promise<StoredGraph> {
    const { statements } = this.use;
    return { actors: statements.allActors.all().map(toActor), relations: statements.allRelations.all({ asOf: null }).map(toRelation) };
  }

  async subgraph(scope: Scope, asOf?: string | null): Promise<Subgraph> {
    return loadSubgraph(this.use.statements, scope, asOf ?? null);
  }

  async egoNetwork(actorId: string, depth: number, asOf?: string | null): Promise<Subgraph> {
    return loadEgoNetwork(this.use.statements, actorId, depth, asOf ?? null);
  }
}

/** Opens (creating the parent directory if needed) a SQLite store; call `init()` before use. */
export function openSqliteStore(file: string): SqliteGraphStore {
  return new SqliteGraphStore(file);
}
