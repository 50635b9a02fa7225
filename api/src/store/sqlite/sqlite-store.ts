import type { Database } from 'better-sqlite3';
import type { Actor, ActorInput, GraphDocument, Relation, RelationInput, Scope, Subgraph } from '@weefsel/graph-schema';
import { actorWriteTouched, type RegionChanges, type Touched } from '../graph-changes';
import type { ActorFilter, ActorIdentity, ActorPage, StoredRelationQuery, GraphStore, ImportOptions, ImportSummary, PageRequest, SearchOptions, StoredGraph } from '../graph-store';
import { changeMarkOf, markPart } from '../mark-parts';
import { brusselsClock, endsOf, relationsOn, subgraphOn, type Today } from '../shared/status-on-read';
import { StoreReadOnlyError, StoreUnavailableError } from '../store-errors';
import type { AuditFilter, AuditPage, ErasureSummary, NewUser, StoredUser, UserChanges, WriteAuthor } from '../user-audit-store';
import { erasePersonIn, prepareAudit, readAuditLog, type AuditStatements } from './sqlite-audit';
import { guarded } from './sqlite-errors';
import { applySchema, type SchemaOutcome } from './sqlite-migrate';
import { openDatabase, type SqliteOpenOptions } from './sqlite-open';
import { ActorLister } from './sqlite-queries';
import { toActor, toRelation } from './sqlite-rows';
import { prepareSearch } from './sqlite-search';
import { loadEgoNetwork, loadSubgraph } from './sqlite-scope';
import { allInChunks, endsOfRelations, prepareStatements, relationRowsFor, storedEnds, type Statements } from './sqlite-statements';
import { prepareUsers, SqliteUsers } from './sqlite-users';
import { preparePositions } from './sqlite-positions';
import { SqliteSurveys } from './sqlite-surveys';
import type { SurveyRoundStatus } from '@weefsel/graph-schema';
import type { NewSurveyInvitation, NewSurveyRound, SurveyAcceptance, SurveyAnswer, SurveyAnswerBody, SurveyInvitation, SurveyInvitationChanges, SurveyRound } from '../survey-store';
import type { StoredPosition } from '../position-store';
import { checkWritable, probeWrite } from './sqlite-writable';
import { prepareChangeLog, type SqliteChangeLog } from './sqlite-change-log';
import { prepareModels } from './sqlite-models';
import type { KeptModel } from '../model-store';
import { forgetErased } from './sqlite-erase';
import { renameLegacyPersonIds } from './sqlite-person-ids';
import { importDocument, removeActor, removeRelation, writeActor, writeRelation, type WriteTarget } from './sqlite-writes';

interface Ready {
  statements: Statements;
  audit: AuditStatements;
  users: SqliteUsers;
  lister: ActorLister;
  search: ReturnType<typeof prepareSearch>;
  positions: ReturnType<typeof preparePositions>;
  changes: SqliteChangeLog;
  models: ReturnType<typeof prepareModels>;
  surveys: SqliteSurveys;
}

/**
 * The embedded store: one SQLite file (or `:memory:`) through better-sqlite3. The driver is
 * synchronous; the methods are async only to fit `GraphStore`. Every write is one transaction,
 * begun IMMEDIATE: it takes the write lock before its first read, so a writer in another process
 * (cluster workers, the CLI) makes it wait up to the busy timeout instead of failing at once with
 * SQLITE_BUSY when a deferred transaction finds its snapshot outdated at its first write.
 * Each call runs through `guarded`, which turns a locked, unreadable or closed database into
 * `StoreUnavailableError`.
 */
export class SqliteGraphStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database;
  private ready: Ready | undefined;
  private closed = false;
  /** Graph writes begun through this connection; see `changeMark`. */
  private writes = 0;
  /** User and session writes begun through this connection; see `changeMark`. */
  private userWrites = 0;
  /** What `init` did to the schema: created, migrated or nothing (current). */
  schemaOutcome: SchemaOutcome | undefined;
  /** People whose id (the old hash of their name) `init` replaced by a random one. */
  renamedPeople = 0;

  /** Set when a write found the database read-only; readiness then fails with it. */
  private readOnly: StoreReadOnlyError | undefined;

  /** `today` decides the status of a relation read without a date (see shared/status-on-read). */
  constructor(
    readonly file: string,
    private readonly today: Today = brusselsClock,
    options: SqliteOpenOptions = {},
  ) {
    this.db = openDatabase(file, options);
  }

  private get use(): Ready {
    if (this.closed) throw new StoreUnavailableError('sqlite', `${this.file} is closed`);
    if (!this.ready) throw new Error(`SqliteGraphStore(${this.file}): call init() before using the store`);
    return this.ready;
  }

  private target(who: WriteAuthor | undefined): WriteTarget {
    const { statements, audit } = this.use;
    this.writes += 1;
    return { db: this.db, statements, audit, who };
  }

  /** Fails at start on a file the server cannot write, rather than on the first user's write. */
  async init(): Promise<void> {
    this.schemaOutcome = await guarded(() => applySchema(this.db)).catch((error: unknown) => {
      throw openingError(this.file, error);
    });
    await guarded(() => probeWrite(this.db)).catch((error: unknown) => {
      // Locked by another process's long write (a CLI import): the file is being written, so start.
      if (error instanceof StoreUnavailableError) return;
      throw openingError(this.file, error);
    });
    this.renamedPeople = await guarded(() =>
      this.db.transaction(() => {
        const renamed = renameLegacyPersonIds(this.db);
        if (renamed > 0) prepareChangeLog(this.db).append('everything');
        return renamed;
      }).immediate(),
    );
    if (this.ready) return;
    const statements = prepareStatements(this.db);
    const audit = prepareAudit(this.db);
    const users = new SqliteUsers(this.db, prepareUsers(this.db), audit);
    this.ready = { statements, audit, users, lister: new ActorLister(this.db, statements), search: prepareSearch(this.db), positions: preparePositions(this.db), changes: prepareChangeLog(this.db), models: prepareModels(this.db), surveys: new SqliteSurveys(this.db, statements, audit) };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.ready = undefined;
    if (this.db.open) this.db.close();
  }

  /** Ready means readable and writable: a load balancer must not send writes to a read-only file. */
  ping(): Promise<void> {
    // Through `use`, so a closed store answers as unavailable, like every other call.
    return guarded(() => {
      this.use.statements.countActors.get();
      if (this.readOnly) throw this.readOnly;
      checkWritable(this.file);
    });
  }

  /** A graph write and its change-log entry, in one transaction (the write's own becomes a savepoint). */
  private logged<T>(work: () => T, touched: (result: T) => Touched): Promise<T> {
    return this.write(() =>
      this.db.transaction(() => {
        const result = work();
        this.use.changes.append(touched(result));
        return result;
      }).immediate(),
    );
  }

  /** A write; remembers a read-only database so readiness reports it. */
  private write<T>(work: () => T | Promise<T>): Promise<T> {
    return guarded(work).catch((error: unknown) => {
      if (error instanceof StoreReadOnlyError) this.readOnly = error;
      throw error;
    });
  }

  /** A user or session write moves the users' part of the change mark (`mark-parts.ts`). */
  private userWrite<T>(work: () => T): Promise<T> {
    return this.write(() => {
      this.userWrites += 1;
      return work();
    });
  }

  counts(): Promise<{ actors: number; relations: number }> {
    return guarded(() => {
      const { statements } = this.use;
      return { actors: statements.countActors.get()?.n ?? 0, relations: statements.countRelations.get()?.n ?? 0 };
    });
  }

  getActor(id: string): Promise<Actor | null> {
    return guarded(() => {
      const row = this.use.statements.actor.get(id);
      return row ? toActor(row) : null;
    });
  }

  getActors(ids: readonly string[]): Promise<Actor[]> {
    return guarded(() => allInChunks(this.use.statements.actorsIn, [...new Set(ids)]).map(toActor));
  }

  listActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    return guarded(() => this.use.lister.list(filter, page));
  }

  searchActors(text: string, limit: number, options?: SearchOptions): Promise<Actor[]> {
    return guarded(() => this.use.search(text, limit, options));
  }

  upsertActor(input: ActorInput, who?: WriteAuthor): Promise<Actor> {
    const written = this.logged(() => writeActor(this.target(who), input), ({ before, after }) => actorWriteTouched(before, after));
    return written.then(({ after }) => after);
  }

  deleteActor(id: string, who?: WriteAuthor): Promise<boolean> {
    // The foreign keys cascade to the relations and the junction rows in the same statement.
    return this.logged(() => removeActor(this.target(who), id), () => ({ actorIds: [id], relationIds: [] }));
  }

  /** Relations as read today: ended with their own last day or an actor's (see shared/status-on-read). */
  private on(relations: Relation[]): Relation[] {
    return relationsOn(relations, this.today(), storedEnds(this.use.statements.endsIn, endsOfRelations(relations)));
  }

  getRelation(id: string): Promise<Relation | null> {
    return guarded(() => {
      const row = this.use.statements.relation.get(id);
      return row ? (this.on([toRelation(row)])[0] as Relation) : null;
    });
  }

  relationsOf(actorId: string): Promise<Relation[]> {
    return guarded(() => this.on(this.use.statements.relationsOf.all({ id: actorId }).map(toRelation)));
  }

  upsertRelation(input: RelationInput, who?: WriteAuthor): Promise<Relation> {
    return this.logged(() => this.on([writeRelation(this.target(who), input)])[0] as Relation, (relation) => ({ actorIds: [], relationIds: [relation.id] }));
  }

  deleteRelation(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.logged(() => removeRelation(this.target(who), id), () => ({ actorIds: [], relationIds: [id] }));
  }

  importGraph(doc: GraphDocument, options?: ImportOptions, who?: WriteAuthor): Promise<ImportSummary> {
    return this.logged(() => importDocument(this.target(who), doc, options), (result) => result.touched).then((result) => result.summary);
  }

  exportGraph(): Promise<StoredGraph> {
    return guarded(() => {
      const { statements } = this.use;
      const actors = statements.allActors.all().map(toActor);
      return { actors, relations: relationsOn(statements.allRelations.all({ asOf: null }).map(toRelation), this.today(), endsOf(actors)) };
    });
  }

  actorDirectory(): Promise<ActorIdentity[]> {
    return guarded(() => this.use.statements.actorDirectory.all());
  }

  storedRelations({ relations, touching }: StoredRelationQuery): Promise<Relation[]> {
    return guarded(() => relationRowsFor(this.use.statements, relations.map((relation) => relation.id), touching).map(toRelation));
  }

  subgraph(scope: Scope, asOf?: string | null): Promise<Subgraph> {
    return guarded(() => subgraphOn(loadSubgraph(this.use.statements, scope, asOf ?? null), this.today));
  }

  egoNetwork(actorId: string, depth: number, asOf?: string | null): Promise<Subgraph> {
    return guarded(async () => subgraphOn(await loadEgoNetwork(this.use.statements, actorId, depth, asOf ?? null), this.today));
  }

  getUser(id: string): Promise<StoredUser | null> {
    return guarded(() => this.use.users.get(id));
  }

  getUserByName(name: string): Promise<StoredUser | null> {
    return guarded(() => this.use.users.byName(name));
  }

  listUsers(): Promise<StoredUser[]> {
    return guarded(() => this.use.users.list());
  }

  countUsers(): Promise<number> {
    return guarded(() => this.use.users.count());
  }

  createUser(user: NewUser, who?: WriteAuthor): Promise<StoredUser> {
    return this.userWrite(() => this.use.users.create(user, who));
  }

  updateUser(id: string, changes: UserChanges, who?: WriteAuthor): Promise<StoredUser> {
    return this.userWrite(() => this.use.users.update(id, changes, who));
  }

  deleteUser(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.userWrite(() => this.use.users.remove(id, who));
  }

  endSessions(id: string): Promise<boolean> {
    return this.userWrite(() => this.use.users.endSessions(id));
  }

  endSession(id: string, session: string, now: number): Promise<boolean> {
    return this.userWrite(() => this.use.users.endSession(id, session, now));
  }

  /**
   * Own writes counted here; SQLite's data_version changes when another connection (a cluster
   * worker, the CLI) commits, and never for this connection's own commits. It is in both parts: it
   * does not say what the other connection wrote.
   */
  changeMark(): Promise<string | null> {
    // The log position first: a value computed after this read may hold later writes, never earlier ones.
    return guarded(() => {
      const logged = this.use.changes.last();
      const changed = String(this.db.pragma('data_version', { simple: true }));
      return changeMarkOf(`${logged}:${this.writes}:${changed}`, `${this.userWrites}:${changed}`);
    });
  }

  regionChangesSince(mark: string, asOf: string | null): Promise<RegionChanges | null> {
    return guarded(() => {
      const from = /^(\d+):\d+:\d+$/.exec(markPart(mark, 'graph'))?.[1];
      return from === undefined ? null : this.use.changes.regionAfter(Number(from), asOf, asOf ?? this.today());
    });
  }

  readModel(key: string): Promise<KeptModel | null> {
    return guarded(() => this.use.models.read(key));
  }

  /** Not counted in `writes`: a kept model is not graph data (see ModelStore). */
  keepModel(model: KeptModel, replacing: string | null): Promise<KeptModel> {
    return this.write(() => this.use.models.keep(model, replacing));
  }

  readPositions(scopeKey: string): Promise<StoredPosition[]> {
    return guarded(() => this.use.positions.read(scopeKey));
  }

  /** Not counted in `writes`: positions are not graph data (see PositionStore). */
  writePositions(scopeKey: string, positions: readonly StoredPosition[], options: { replace?: boolean } = {}): Promise<void> {
    return this.write(() => this.use.positions.write(scopeKey, positions, options.replace ?? false));
  }

  // Survey writes are not counted in `writes`: survey data is not graph data (see SurveyStore).
  createSurveyRound(round: NewSurveyRound, invitations: readonly NewSurveyInvitation[], who?: WriteAuthor): Promise<SurveyRound> {
    return this.write(() => this.use.surveys.createRound(round, invitations, who));
  }

  getSurveyRound(id: string): Promise<SurveyRound | null> {
    return guarded(() => this.use.surveys.getRound(id));
  }

  listSurveyRounds(): Promise<SurveyRound[]> {
    return guarded(() => this.use.surveys.listRounds());
  }

  setSurveyRoundStatus(id: string, status: SurveyRoundStatus): Promise<SurveyRound> {
    return this.write(() => this.use.surveys.setRoundStatus(id, status));
  }

  listSurveyInvitations(roundId: string): Promise<SurveyInvitation[]> {
    return guarded(() => this.use.surveys.listInvitations(roundId));
  }

  findSurveyInvitation(tokenHash: string): Promise<SurveyInvitation | null> {
    return guarded(() => this.use.surveys.findInvitation(tokenHash));
  }

  addSurveyInvitations(roundId: string, invitations: readonly NewSurveyInvitation[]): Promise<SurveyInvitation[]> {
    return this.write(() => this.use.surveys.addInvitations(roundId, invitations));
  }

  updateSurveyInvitation(id: string, changes: SurveyInvitationChanges): Promise<SurveyInvitation> {
    return this.write(() => this.use.surveys.updateInvitation(id, changes));
  }

  getSurveyAnswer(invitationId: string): Promise<SurveyAnswer | null> {
    return guarded(() => this.use.surveys.getAnswer(invitationId));
  }

  listSurveyAnswers(roundId: string): Promise<SurveyAnswer[]> {
    return guarded(() => this.use.surveys.listAnswers(roundId));
  }

  saveSurveyAnswer(invitationId: string, body: SurveyAnswerBody, mode: 'draft' | 'submit', who?: WriteAuthor): Promise<SurveyAnswer> {
    return this.write(() => this.use.surveys.saveAnswer(invitationId, body, mode, who));
  }

  eraseRespondent(invitationId: string, who: WriteAuthor): Promise<boolean> {
    return this.write(() => this.use.surveys.eraseRespondent(invitationId, who));
  }

  recordSurveyAcceptance(acceptance: SurveyAcceptance): Promise<SurveyAcceptance> {
    return this.write(() => this.use.surveys.recordAcceptance(acceptance));
  }

  listSurveyAcceptances(roundId: string): Promise<SurveyAcceptance[]> {
    return guarded(() => this.use.surveys.listAcceptances(roundId));
  }

  auditLog(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditPage> {
    return guarded(() => readAuditLog(this.use.audit, filter, page));
  }

  erasePerson(actorId: string, who: WriteAuthor): Promise<ErasureSummary> {
    return this.write(() => {
      const { statements, audit, changes } = this.use;
      this.writes += 1;
      const summary = this.db.transaction(() => {
        const erased = erasePersonIn(this.db, audit, {
          getActor: (id) => {
            const row = statements.actor.get(id);
            return row ? toActor(row) : null;
          },
          relationCount: (id) => statements.relationsOf.all({ id }).length,
          deleteActor: (id) => statements.deleteActor.run(id).changes,
        }, actorId, who);
        changes.append('everything');
        return erased;
      }).immediate();
      // Outside the transaction: a checkpoint cannot run inside one.
      forgetErased(this.db);
      return summary;
    });
  }
}

function openingError(file: string, error: unknown): unknown {
  if (!(error instanceof StoreReadOnlyError)) return error;
  return new StoreReadOnlyError('sqlite', `opening ${file}: ${error.message}`, { cause: error });
}

/** Opens (creating the parent directory if needed) a SQLite store; call `init()` before use. */
export function openSqliteStore(file: string, today?: Today, options?: SqliteOpenOptions): SqliteGraphStore {
  return new SqliteGraphStore(file, today, options);
}
