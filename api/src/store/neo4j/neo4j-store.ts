import neo4j from 'neo4j-driver';
import type { StoreSettings } from '../store-adapters';
import {
  validateActor,
  validateGraphDocument,
  validateRelation,
  validateSearchText,
  type Actor,
  type ActorInput,
  type GraphDocument,
  type Relation,
  type RelationInput,
  type Scope,
  type Subgraph,
} from '@weefsel/graph-schema';
import type { ActorFilter, ActorIdentity, ActorPage, StoredRelationQuery, GraphStore, ImportOptions, ImportSummary, PageRequest, SearchOptions, StoredGraph } from '../graph-store';
import { countActors } from './cypher/actor-read.cypher';
import { deleteActor } from './cypher/actor-write.cypher';
import { bumpChangeMark, bumpUsersMark, pruneChangeLog, readChangeMark } from './cypher/change-mark.cypher';
import { changeMarkOf } from '../mark-parts';
import { actorWriteTouched, importTouched, type RegionChanges, type Touched } from '../graph-changes';
import { regionChangesFlow } from './neo4j-change-log';
import { keepModel as keepModelCypher, readKeptModel } from './cypher/kept-model.cypher';
import type { KeptModel } from '../model-store';
import { checkModel } from '../shared/model-checks';
import { defaultStagedImport, isStale, openJournals, recoverImports, stagedImport, type StagedImportSettings, type Transactions } from './neo4j-staged-import';
import { countRelations, relationsOfActor } from './cypher/relation-read.cypher';
import { readActorDirectory, readAllActors, readAllRelations } from './neo4j-whole-reads';
import { deleteRelationsOfKind } from './cypher/relation-write.cypher';
import { importEntry, maxIdsPerList as maxIds, recordEntry, type ChangedIds } from '../shared/audit-entries';
import { checkPage } from '../shared/scope-checks';
import { compareIds } from '../shared/id-order';
import { brusselsClock, endsOf, relationsOn, subgraphOn, type Today } from '../shared/status-on-read';
import type { AuditFilter, AuditPage, ErasureSummary, NewUser, StoredUser, UserChanges, WriteAuthor } from '../user-audit-store';
import { appendAudit, erasePersonFlow, readAuditLog } from './neo4j-audit-flow';
import { StoreUnavailableError } from '../store-errors';
import { checkAsOf } from './neo4j-checks';
import { asStoreError, failFastDriverConfig } from './neo4j-errors';
import { actorEndsOf, actorsById, relationsById, storedRelationsOf, touchingRelations } from './neo4j-lookups';
import { toNumber, toRelation } from './neo4j-mapping';
import { listActors, searchActors } from './neo4j-read-flow';
import type { CypherRunner, Row } from './neo4j-runner';
import { markUnmarkedNamesFlow } from './neo4j-name-marks';
import { readPositionsFlow, writePositionsFlow } from './neo4j-positions';
import * as surveys from './neo4j-surveys';
import type { SurveyRoundStatus } from '@weefsel/graph-schema';
import type { NewSurveyInvitation, NewSurveyRound, SurveyAcceptance, SurveyAnswer, SurveyAnswerBody, SurveyInvitation, SurveyInvitationChanges, SurveyRound } from '../survey-store';
import type { StoredPosition } from '../position-store';
import { renameLegacyPersonIdsFlow } from './neo4j-person-ids';
import { awaitIndexesStatement, schemaStatements } from './neo4j-schema';
import { egoNetwork, subgraph } from './neo4j-scope-flow';
import { driverTransactions, type TransactionSource } from './neo4j-transactions';
import * as users from './neo4j-user-flow';
import { writeGraph, type WriteOutcome, type WriteRequest } from './neo4j-write-flow';

/** Where the Neo4j 5 database is; `database` is named on every session (`neo4j` on Community). */
export type Neo4jStoreConfig = StoreSettings['neo4j'];

/**
 * Two instances starting at once both run `CREATE ... IF NOT EXISTS`; the one that loses the race
 * is told the rule exists, which is what it wanted.
 */
function madeByAnotherInstance(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists)$/.test(code);
}

const keptModelOf = (row: Row): KeptModel => ({ key: String(row.key), mark: String(row.mark), model: String(row.model) });

/** A single upsert names the field of an issue (`kind`, `target`), not an entry (`actors[3].kind`). */
const single = { actorPath: () => '', relationPath: () => '', replace: false } as const;

/** Ids an import created or updated, from its plans (the stored maps tell which were new). */
function changedIds(outcome: WriteOutcome): ChangedIds {
  const split = (rows: readonly { id: string }[], stored: ReadonlyMap<string, unknown>) => ({
    created: rows.filter((r) => !stored.has(r.id)).map((r) => r.id).slice(0, maxIds),
    updated: rows.filter((r) => stored.has(r.id)).map((r) => r.id).slice(0, maxIds),
  });
  return { actors: split(outcome.actors.rows, outcome.before.actors), relations: split(outcome.relations.rows, outcome.before.relations) };
}

/**
 * The GraphStore on a Neo4j 5 database: every operation is one managed transaction, and every
 * driver error meaning "database unreachable" leaves it as `StoreUnavailableError`.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  /** People whose id (the old hash of their name) `init` replaced by a random one. */
  renamedPeople = 0;

  /** `today` decides the status of a relation read without a date (see shared/status-on-read). */
  constructor(
    private readonly transactions: TransactionSource,
    private readonly today: Today = brusselsClock,
    private readonly staged: StagedImportSettings = defaultStagedImport,
  ) {}

  /** Transactions of a staged import: its batches must not wait for its own journal. */
  private readonly staging: Transactions = { read: (work) => this.read(work), write: (work) => this.markedWrite(work) };

  private read<T>(work: (run: CypherRunner) => Promise<T>): Promise<T> {
    return this.transactions.read(work).catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  /** A read whose statements need not see one snapshot (see `TransactionSource.readEach`). */
  private readEach<T>(work: (run: CypherRunner) => Promise<T>): Promise<T> {
    return this.transactions.readEach(work).catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  /**
   * A write waits for no one while a large import is being written in batches: it is refused as
   * retryable instead (SQLite would make it wait for the import's one transaction). A journal
   * left by a crashed process is undone first.
   */
  private async write<T>(work: (run: CypherRunner) => Promise<T>, touched?: (result: T) => Touched): Promise<T> {
    await this.noImportRunning();
    return this.markedWrite(work, touched);
  }

  private async noImportRunning(): Promise<void> {
    // Asked before every write: one statement, so without a managed transaction (`readEach`).
    const journals = await openJournals({ ...this.staging, read: (work) => this.readEach(work) });
    for (const entry of journals) {
      if (entry.state !== 'done' && !isStale(entry, this.staged)) throw new StoreUnavailableError('neo4j', 'a large import is being written');
    }
    // Journals are rare (an import that finished or died): without one, no second read to clean up.
    if (journals.length > 0) await recoverImports(this.staging, this.staged, true);
  }

  /**
   * Every write moves the change mark in its own transaction, so caches on every instance follow,
   * and logs what it touched; a write that does not say touched everything.
   */
  private markedWrite<T>(work: (run: CypherRunner) => Promise<T>, touched: (result: T) => Touched = () => 'everything'): Promise<T> {
    const marked = async (run: CypherRunner) => {
      const result = await work(run);
      const [row] = await run.run(bumpChangeMark(touched(result)));
      const value = toNumber(row?.value ?? 0);
      if (value % 100 === 0) await run.run(pruneChangeLog(value));
      return result;
    };
    return this.transactions.write(marked).catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  /**
   * Users and sessions are not graph data: a user write moves the users' part of the change mark
   * only, and goes ahead while a large import is written (the import does not touch users).
   */
  private userWrite<T>(work: (run: CypherRunner) => Promise<T>): Promise<T> {
    const marked = async (run: CypherRunner) => {
      const result = await work(run);
      await run.run(bumpUsersMark());
      return result;
    };
    return this.transactions.write(marked).catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  async init(): Promise<void> {
    await this.transactions.verify().catch((error: unknown) => Promise.reject(asStoreError(error)));
    // One transaction per schema command, and no change mark in it: Neo4j does not mix schema and
    // data changes in one transaction.
    const schemaWrite = (cypher: string) =>
      this.transactions
        .write((run) => run.run({ cypher, params: {} }))
        .catch((error: unknown) => (madeByAnotherInstance(error) ? [] : Promise.reject(asStoreError(error))));
    for (const statement of schemaStatements()) await schemaWrite(statement);
    await schemaWrite(awaitIndexesStatement);
    await recoverImports(this.staging, this.staged, true);
    const touchedAny = (count: number): Touched => (count > 0 ? 'everything' : 'nothing');
    this.renamedPeople = await this.markedWrite(renameLegacyPersonIdsFlow, touchedAny);
    while ((await this.markedWrite(markUnmarkedNamesFlow, touchedAny)) > 0);
  }

  close(): Promise<void> {
    return this.transactions.close();
  }

  async ping(): Promise<void> {
    await this.readEach((run) => run.run({ cypher: 'RETURN 1 AS ok', params: {} }));
  }

  counts(): Promise<{ actors: number; relations: number }> {
    return this.read(async (run) => {
      const [actors] = await run.run(countActors());
      const [relations] = await run.run(countRelations());
      return { actors: toNumber(actors?.count ?? 0), relations: toNumber(relations?.count ?? 0) };
    });
  }

  async getActor(id: string): Promise<Actor | null> {
    return (await this.getActors([id]))[0] ?? null;
  }

  async getActors(ids: readonly string[]): Promise<Actor[]> {
    if (ids.length === 0) return [];
    const found = await this.readEach((run) => actorsById(run, ids));
    return ids.flatMap((id) => found.get(id) ?? []).filter((actor, i, all) => all.indexOf(actor) === i);
  }

  listActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    checkPage(page, 'listActors');
    return this.read((run) => listActors(run, filter, page));
  }

  async searchActors(text: string, limit: number, options?: SearchOptions): Promise<Actor[]> {
    // Checked before a session opens: a refused text costs no round trip.
    validateSearchText(text, 'searchActors');
    return this.readEach((run) => searchActors(run, text, limit, options));
  }

  async upsertActor(input: ActorInput, who?: WriteAuthor): Promise<Actor> {
    const actor = validateActor(input);
    const now = new Date().toISOString();
    let before: Actor | null = null;
    return this.write(async (run) => {
      const outcome = await writeGraph(run, { ...single, operation: 'upsertActor', actors: [actor], relations: [], now });
      const after = outcome.actors.actors[0] as Actor;
      before = outcome.before.actors.get(actor.id) ?? null;
      await appendAudit(run, recordEntry(who, 'upsertActor', 'actor', before, after, now));
      return after;
    }, (after) => actorWriteTouched(before, after));
  }

  deleteActor(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.write(async (run) => {
      const before = (await actorsById(run, [id])).get(id);
      if (!before) return false;
      const [row] = await run.run(deleteActor(id));
      await appendAudit(run, recordEntry(who, 'deleteActor', 'actor', before, null, new Date().toISOString()));
      return toNumber(row?.deleted ?? 0) > 0;
    }, () => ({ actorIds: [id], relationIds: [] }));
  }

  async getRelation(id: string): Promise<Relation | null> {
    return this.readEach(async (run) => {
      const stored = (await relationsById(run, [id])).get(id);
      return stored ? (relationsOn([stored], this.today(), await actorEndsOf(run, [stored]))[0] as Relation) : null;
    });
  }

  relationsOf(actorId: string): Promise<Relation[]> {
    return this.readEach(async (run) => {
      const rows = await run.run(relationsOfActor(actorId));
      const relations = rows.map((row) => toRelation(row.relation as Record<string, unknown>));
      const ends = new Map<string, string>();
      rows.forEach((row, i) => {
        const { source, target } = relations[i] as Relation;
        if (row.sourceUntil != null) ends.set(source, String(row.sourceUntil));
        if (row.targetUntil != null) ends.set(target, String(row.targetUntil));
      });
      return relationsOn(relations, this.today(), ends);
    });
  }

  async upsertRelation(input: RelationInput, who?: WriteAuthor): Promise<Relation> {
    const relation = validateRelation(input);
    const now = new Date().toISOString();
    return this.write(async (run) => {
      const outcome = await writeGraph(run, { ...single, operation: 'upsertRelation', actors: [], relations: [relation], now });
      const after = outcome.relations.relations[0] as Relation;
      await appendAudit(run, recordEntry(who, 'upsertRelation', 'relation', outcome.before.relations.get(relation.id) ?? null, after, now));
      return relationsOn([after], this.today(), await actorEndsOf(run, [after]))[0] as Relation;
    }, () => ({ actorIds: [], relationIds: [relation.id] }));
  }

  deleteRelation(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.write(async (run) => {
      const stored = (await relationsById(run, [id])).get(id);
      if (!stored) return false;
      const [row] = await run.run(deleteRelationsOfKind(stored.kind, [id]));
      await appendAudit(run, recordEntry(who, 'deleteRelation', 'relation', stored, null, new Date().toISOString()));
      return toNumber(row?.deleted ?? 0) > 0;
    }, () => ({ actorIds: [], relationIds: [id] }));
  }

  async importGraph(doc: GraphDocument, options: ImportOptions = {}, who?: WriteAuthor): Promise<ImportSummary> {
    const valid = validateGraphDocument(doc);
    const request: WriteRequest = {
      operation: 'importGraph',
      actors: valid.actors,
      relations: valid.relations,
      actorPath: (i) => `actors[${i}]`,
      relationPath: (i) => `relations[${i}]`,
      replace: options.replace === true,
      now: new Date().toISOString(),
    };
    const summaryOf = (outcome: WriteOutcome) => ({ actors: outcome.actors.counts, relations: outcome.relations.counts });
    const audit = (run: CypherRunner, outcome: WriteOutcome) =>
      appendAudit(run, importEntry(who, summaryOf(outcome), changedIds(outcome), request.replace, request.now));
    if (await this.needsStaging(request)) {
      await this.noImportRunning();
      return summaryOf(await stagedImport(this.staging, request, this.staged, audit));
    }
    const touchedBy = (outcome: WriteOutcome) =>
      importTouched(
        outcome.actors.actors.map((after) => ({ before: outcome.before.actors.get(after.id) ?? null, after })),
        outcome.relations.relations.map((r) => r.id),
        request.replace,
      );
    const written = await this.write(async (run) => {
      const outcome = await writeGraph(run, request);
      await audit(run, outcome);
      return { summary: summaryOf(outcome), touched: touchedBy(outcome) };
    }, (result) => result.touched);
    return written.summary;
  }

  /** Too large for one transaction at a modest heap: what the import writes, or what a replace deletes. */
  private async needsStaging(request: WriteRequest): Promise<boolean> {
    if (request.actors.length + request.relations.length > this.staged.above) return true;
    if (!request.replace) return false;
    const stored = await this.counts();
    return stored.actors + stored.relations > this.staged.above;
  }

  exportGraph(): Promise<StoredGraph> {
    return this.read(async (run) => {
      const actors = await readAllActors(run);
      return { actors, relations: relationsOn(await readAllRelations(run, null), this.today(), endsOf(actors)) };
    });
  }

  actorDirectory(): Promise<ActorIdentity[]> {
    return this.read(readActorDirectory);
  }

  storedRelations({ relations, touching }: StoredRelationQuery): Promise<Relation[]> {
    return this.read(async (run) => {
      // The touching query gives each relation's ends for a write check; the full records come by id and kind.
      const touched = (await touchingRelations(run, touching)).map(({ id, kind }) => ({ id, kind }));
      return [...(await storedRelationsOf(run, [...relations, ...touched])).values()].sort(compareIds);
    });
  }

  subgraph(scope: Scope, asOf?: string | null): Promise<Subgraph> {
    const date = checkAsOf('subgraph', asOf);
    return this.read(async (run) => subgraphOn(await subgraph(run, scope, date), this.today));
  }

  egoNetwork(actorId: string, depth: number, asOf?: string | null): Promise<Subgraph> {
    const date = checkAsOf('egoNetwork', asOf);
    return this.read(async (run) => subgraphOn(await egoNetwork(run, actorId, depth, date), this.today));
  }

  /**
   * The counters every write of a Weefsel instance bumps: the graph's (see `markedWrite`) and the
   * users' (see `userWrite`), as one mark (`mark-parts.ts`). Another program writing to the same
   * database must bump them too, or Weefsel's caches will not see its changes.
   */
  changeMark(): Promise<string | null> {
    return this.readEach(async (run) => {
      const [row] = await run.run(readChangeMark());
      if (!row) return 'empty';
      const epoch = String(row.epoch);
      return changeMarkOf(`${epoch}:${toNumber(row.value)}`, `${epoch}:${toNumber(row.users)}`);
    });
  }

  regionChangesSince(mark: string, asOf: string | null): Promise<RegionChanges | null> {
    const date = checkAsOf('regionChangesSince', asOf);
    return this.read((run) => regionChangesFlow(run, mark, date, date ?? this.today()));
  }

  getUser(id: string): Promise<StoredUser | null> {
    return this.readEach((run) => users.findUser(run, id));
  }

  getUserByName(name: string): Promise<StoredUser | null> {
    return this.readEach((run) => users.findUserByName(run, name));
  }

  listUsers(): Promise<StoredUser[]> {
    return this.readEach((run) => users.listUsers(run));
  }

  countUsers(): Promise<number> {
    return this.readEach((run) => users.countUsers(run));
  }

  createUser(user: NewUser, who?: WriteAuthor): Promise<StoredUser> {
    return this.userWrite((run) => users.createUserFlow(run, user, who));
  }

  updateUser(id: string, changes: UserChanges, who?: WriteAuthor): Promise<StoredUser> {
    return this.userWrite((run) => users.updateUserFlow(run, id, changes, who));
  }

  deleteUser(id: string, who?: WriteAuthor): Promise<boolean> {
    return this.userWrite((run) => users.deleteUserFlow(run, id, who));
  }

  endSessions(id: string): Promise<boolean> {
    return this.userWrite((run) => users.endSessionsFlow(run, id));
  }

  endSession(id: string, session: string, now: number): Promise<boolean> {
    return this.userWrite((run) => users.endSessionFlow(run, id, session, now));
  }

  async readModel(key: string): Promise<KeptModel | null> {
    const [row] = await this.readEach((run) => run.run(readKeptModel(key)));
    return row ? keptModelOf(row) : null;
  }

  /** Without the change mark: a kept model is not graph data (see ModelStore). */
  async keepModel(model: KeptModel, replacing: string | null): Promise<KeptModel> {
    checkModel(model);
    const [row] = await this.transactions
      .write((run) => run.run(keepModelCypher(model.key, model.mark, model.model, replacing)))
      .catch((error: unknown) => Promise.reject(asStoreError(error)));
    return keptModelOf(row!);
  }

  readPositions(scopeKey: string): Promise<StoredPosition[]> {
    return this.read((run) => readPositionsFlow(run, scopeKey));
  }

  /** Without the change mark: positions are not graph data (see PositionStore). */
  writePositions(scopeKey: string, positions: readonly StoredPosition[], options: { replace?: boolean } = {}): Promise<void> {
    return this.transactions
      .write((run) => writePositionsFlow(run, scopeKey, positions, options.replace ?? false))
      .catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  /** A write of survey data: transactional, but without the change mark (survey data is not graph data). */
  private surveyWrite<T>(work: (run: CypherRunner) => Promise<T>): Promise<T> {
    return this.transactions.write(work).catch((error: unknown) => Promise.reject(asStoreError(error)));
  }

  createSurveyRound(round: NewSurveyRound, invitations: readonly NewSurveyInvitation[], who?: WriteAuthor): Promise<SurveyRound> {
    return this.surveyWrite((run) => surveys.createRoundFlow(run, round, invitations, who));
  }

  getSurveyRound(id: string): Promise<SurveyRound | null> {
    return this.readEach((run) => surveys.getRound(run, id));
  }

  listSurveyRounds(): Promise<SurveyRound[]> {
    return this.readEach((run) => surveys.listRounds(run));
  }

  setSurveyRoundStatus(id: string, status: SurveyRoundStatus): Promise<SurveyRound> {
    return this.surveyWrite((run) => surveys.setRoundStatusFlow(run, id, status));
  }

  listSurveyInvitations(roundId: string): Promise<SurveyInvitation[]> {
    return this.readEach((run) => surveys.listInvitations(run, roundId));
  }

  findSurveyInvitation(tokenHash: string): Promise<SurveyInvitation | null> {
    return this.readEach((run) => surveys.findInvitation(run, tokenHash));
  }

  addSurveyInvitations(roundId: string, invitations: readonly NewSurveyInvitation[]): Promise<SurveyInvitation[]> {
    return this.surveyWrite((run) => surveys.addInvitationsFlow(run, roundId, invitations));
  }

  updateSurveyInvitation(id: string, changes: SurveyInvitationChanges): Promise<SurveyInvitation> {
    return this.surveyWrite((run) => surveys.updateInvitationFlow(run, id, changes));
  }

  getSurveyAnswer(invitationId: string): Promise<SurveyAnswer | null> {
    return this.readEach((run) => surveys.getAnswer(run, invitationId));
  }

  listSurveyAnswers(roundId: string): Promise<SurveyAnswer[]> {
    return this.readEach((run) => surveys.listAnswers(run, roundId));
  }

  saveSurveyAnswer(invitationId: string, body: SurveyAnswerBody, mode: 'draft' | 'submit', who?: WriteAuthor): Promise<SurveyAnswer> {
    return this.surveyWrite((run) => surveys.saveAnswerFlow(run, invitationId, body, mode, who));
  }

  eraseRespondent(invitationId: string, who: WriteAuthor): Promise<boolean> {
    return this.surveyWrite((run) => surveys.eraseRespondentFlow(run, invitationId, who));
  }

  recordSurveyAcceptance(acceptance: SurveyAcceptance): Promise<SurveyAcceptance> {
    return this.surveyWrite((run) => surveys.recordAcceptanceFlow(run, acceptance));
  }

  listSurveyAcceptances(roundId: string): Promise<SurveyAcceptance[]> {
    return this.readEach((run) => surveys.listAcceptances(run, roundId));
  }

  auditLog(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditPage> {
    return this.read((run) => readAuditLog(run, filter, page));
  }

  erasePerson(actorId: string, who: WriteAuthor): Promise<ErasureSummary> {
    return this.write((run) => erasePersonFlow(run, actorId, who));
  }
}

/** Creates the store and its driver; `init()` then checks the connection and the schema. */
export function openNeo4jStore(config: Neo4jStoreConfig, staged: StagedImportSettings = defaultStagedImport): Neo4jGraphStore {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), failFastDriverConfig);
  return new Neo4jGraphStore(driverTransactions(driver, config.database), brusselsClock, staged);
}
