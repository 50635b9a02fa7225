import neo4j from 'neo4j-driver';
import {
  validateActor,
  validateGraphDocument,
  validateRelation,
  type Actor,
  type ActorInput,
  type GraphDocument,
  type Relation,
  type RelationInput,
  type Scope,
  type Subgraph,
} from '@weefsel/graph-schema';
import type { ActorFilter, ActorPage, GraphStore, ImportOptions, ImportSummary, PageRequest, StoredGraph } from '../graph-store';
import { allActors, countActors } from './cypher/actor-read.cypher';
import { deleteActor } from './cypher/actor-write.cypher';
import { allRelations, countRelations, relationsOfActor } from './cypher/relation-read.cypher';
import { deleteRelationsOfKind } from './cypher/relation-write.cypher';
import { checkPage } from '../shared/scope-checks';
import { checkAsOf } from './neo4j-checks';
import { actorsById, relationsById } from './neo4j-lookups';
import { toActor, toNumber, toRelation } from './neo4j-mapping';
import { listActors, searchActors } from './neo4j-read-flow';
import type { CypherRunner } from './neo4j-runner';
import { awaitIndexesStatement, schemaStatements } from './neo4j-schema';
import { egoNetwork, subgraph } from './neo4j-scope-flow';
import { driverTransactions, type TransactionSource } from './neo4j-transactions';
import { writeGraph, type WriteRequest } from './neo4j-write-flow';

/** Where the Neo4j 5 database is; `database` is named on every session (`neo4j` on Community). */
export interface Neo4jStoreConfig {
  /** `neo4j://`, `bolt://` (or their `+s` / `+ssc` variants). */
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** A single upsert names the field of an issue (`kind`, `target`), not an entry (`actors[3].kind`). */
const single = { actorPath: () => '', relationPath: () => '', replace: false } as const;

/** The GraphStore on a Neo4j 5 database: every operation is one managed transaction. */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  constructor(private readonly transactions: TransactionSource) {}

  private read<T>(work: (run: CypherRunner) => Promise<T>): Promise<T> {
    return this.transactions.read(work);
  }

  private write<T>(work: (run: CypherRunner) => Promise<T>): Promise<T> {
    return this.transactions.write(work);
  }

  async init(): Promise<void> {
    await this.transactions.verify();
    // One transaction per schema command: Neo4j does not mix schema and data changes in one.
    for (const statement of schemaStatements()) await this.write((run) => run.run({ cypher: statement, params: {} }));
    await this.write((run) => run.run({ cypher: awaitIndexesStatement, params: {} }));
  }

  close(): Promise<void> {
    return this.transactions.close();
  }

  async ping(): Promise<void> {
    await this.read((run) => run.run({ cypher: 'RETURN 1 AS ok', params: {} }));
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
    const found = await this.read((run) => actorsById(run, ids));
    return ids.flatMap((id) => found.get(id) ?? []).filter((actor, i, all) => all.indexOf(actor) === i);
  }

  listActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage> {
    checkPage(page, 'listActors');
    return this.read((run) => listActors(run, filter, page));
  }

  searchActors(text: string, limit: number): Promise<Actor[]> {
    return this.read((run) => searchActors(run, text, limit));
  }

  async upsertActor(input: ActorInput): Promise<Actor> {
    const actor = validateActor(input);
    const now = new Date().toISOString();
    const outcome = await this.write((run) => writeGraph(run, { ...single, operation: 'upsertActor', actors: [actor], relations: [], now }));
    return outcome.actors.actors[0] as Actor;
  }

  async deleteActor(id: string): Promise<boolean> {
    const [row] = await this.write((run) => run.run(deleteActor(id)));
    return toNumber(row?.deleted ?? 0) > 0;
  }

  async getRelation(id: string): Promise<Relation | null> {
    return (await this.read((run) => relationsById(run, [id]))).get(id) ?? null;
  }

  relationsOf(actorId: string): Promise<Relation[]> {
    return this.read(async (run) => (await run.run(relationsOfActor(actorId))).map((row) => toRelation(row.relation as Record<string, unknown>)));
  }

  async upsertRelation(input: RelationInput): Promise<Relation> {
    const relation = validateRelation(input);
    const now = new Date().toISOString();
    const outcome = await this.write((run) => writeGraph(run, { ...single, operation: 'upsertRelation', actors: [], relations: [relation], now }));
    return outcome.relations.relations[0] as Relation;
  }

  deleteRelation(id: string): Promise<boolean> {
    return this.write(async (run) => {
      const stored = (await relationsById(run, [id])).get(id);
      if (!stored) return false;
      const [row] = await run.run(deleteRelationsOfKind(stored.kind, [id]));
      return toNumber(row?.deleted ?? 0) > 0;
    });
  }

  async importGraph(doc: GraphDocument, options: ImportOptions = {}): Promise<ImportSummary> {
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
    const outcome = await this.write((run) => writeGraph(run, request));
    return { actors: outcome.actors.counts, relations: outcome.relations.counts };
  }

  exportGraph(): Promise<StoredGraph> {
    return this.read(async (run) => ({
      actors: (await run.run(allActors())).map((row) => toActor(row.actor as Record<string, unknown>)),
      relations: (await run.run(allRelations(null))).map((row) => toRelation(row.relation as Record<string, unknown>)),
    }));
  }

  subgraph(scope: Scope, asOf?: string | null): Promise<Subgraph> {
    const date = checkAsOf('subgraph', asOf);
    return this.read((run) => subgraph(run, scope, date));
  }

  egoNetwork(actorId: string, depth: number, asOf?: string | null): Promise<Subgraph> {
    const date = checkAsOf('egoNetwork', asOf);
    return this.read((run) => egoNetwork(run, actorId, depth, date));
  }
}

/** Creates the store and its driver; `init()` then checks the connection and the schema. */
export function openNeo4jStore(config: Neo4jStoreConfig): Neo4jGraphStore {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  return new Neo4jGraphStore(driverTransactions(driver, config.database));
}
