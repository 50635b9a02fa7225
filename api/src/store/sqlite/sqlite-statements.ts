import type { Database, Statement } from 'better-sqlite3';
import type { NodeKind, Relation } from '@weefsel/graph-schema';
import type { ActorEnds } from '../shared/status-on-read';
import { searchRank } from '../shared/search-rank';
import { compareIds } from '../shared/id-order';
import {
  activeOnAsOf,
  amongSql,
  collaboratorsSql,
  jsonSet,
  membersCte,
  relationsOfSql,
  selectActorSql,
  selectActorsInSql,
  selectEndsInSql,
  selectRelationSql,
  touchingSql,
  upsertActorSql,
  upsertRelationSql,
} from './sqlite-sql';
import { actorColumns, relationColumns, type ActorRow, type RelationRow } from './sqlite-rows';

/** Name of the SQL function that ranks search hits (see `searchRank`). */
export const searchRankFunction = 'weefsel_search_rank';

/** Ids per lookup: one JSON parameter per chunk keeps memory flat on large imports. */
const lookupChunk = 10_000;

type Ids = { ids: string };
type IdsAsOf = { ids: string; asOf: string | null };
type Params = Record<string, unknown>;
type Written = { rowid: number };
type Count = { n: number };
type MaxRowid = { max: number | null };

/** Every statement the store runs more than once, prepared once after the schema is in place. */
export interface Statements {
  upsertActor: Statement<Params, Written>;
  upsertRelation: Statement<Params, Written>;
  actor: Statement<[string], ActorRow>;
  actorsIn: Statement<Ids, ActorRow>;
  allActors: Statement<[], ActorRow>;
  kindsIn: Statement<Ids, { id: string; kind: NodeKind; name: string }>;
  actorDirectory: Statement<[], { id: string; kind: NodeKind; name: string }>;
  endsIn: Statement<Ids, { id: string; until: string }>;
  deleteActor: Statement<[string]>;
  relation: Statement<[string], RelationRow>;
  relationsOf: Statement<{ id: string }, RelationRow>;
  relationsIn: Statement<Ids, RelationRow>;
  allRelations: Statement<{ asOf: string | null }, RelationRow>;
  deleteRelation: Statement<[string]>;
  touching: Statement<IdsAsOf, RelationRow>;
  among: Statement<IdsAsOf, RelationRow>;
  collaborators: Statement<IdsAsOf, { id: string }>;
  members: Statement<{ areaId: string; asOf: string | null }, { id: string }>;
  maxActorRowid: Statement<[], MaxRowid>;
  maxRelationRowid: Statement<[], MaxRowid>;
  countActors: Statement<[], Count>;
  countRelations: Statement<[], Count>;
}

export function prepareStatements(db: Database): Statements {
  db.function(searchRankFunction, { deterministic: true }, (name, query) => searchRank(String(name), String(query)) ?? 3);
  return {
    upsertActor: db.prepare<Record<string, unknown>, { rowid: number }>(upsertActorSql),
    upsertRelation: db.prepare<Record<string, unknown>, { rowid: number }>(upsertRelationSql),
    actor: db.prepare<[string], ActorRow>(selectActorSql),
    actorsIn: db.prepare<{ ids: string }, ActorRow>(selectActorsInSql),
    allActors: db.prepare<[], ActorRow>(`SELECT ${actorColumns} FROM actors a ORDER BY a.id`),
    kindsIn: db.prepare<{ ids: string }, { id: string; kind: NodeKind; name: string }>(`SELECT id, kind, name FROM actors WHERE id IN ${jsonSet('ids')}`),
    actorDirectory: db.prepare<[], { id: string; kind: NodeKind; name: string }>(`SELECT id, kind, name FROM actors ORDER BY id`),
    endsIn: db.prepare<{ ids: string }, { id: string; until: string }>(selectEndsInSql),
    deleteActor: db.prepare<[string]>('DELETE FROM actors WHERE id = ?'),
    relation: db.prepare<[string], RelationRow>(selectRelationSql),
    relationsOf: db.prepare<{ id: string }, RelationRow>(relationsOfSql),
    relationsIn: db.prepare<{ ids: string }, RelationRow>(`SELECT ${relationColumns} FROM relations r WHERE r.id IN ${jsonSet('ids')}`),
    allRelations: db.prepare<{ asOf: string | null }, RelationRow>(
      `SELECT ${relationColumns} FROM relations r WHERE ${activeOnAsOf} ORDER BY r.id`,
    ),
    deleteRelation: db.prepare<[string]>('DELETE FROM relations WHERE id = ?'),
    touching: db.prepare<{ ids: string; asOf: string | null }, RelationRow>(touchingSql),
    among: db.prepare<{ ids: string; asOf: string | null }, RelationRow>(amongSql),
    collaborators: db.prepare<{ ids: string; asOf: string | null }, { id: string }>(collaboratorsSql),
    members: db.prepare<{ areaId: string; asOf: string | null }, { id: string }>(`WITH RECURSIVE ${membersCte} SELECT id FROM members`),
    maxActorRowid: db.prepare<[], { max: number | null }>('SELECT max(rowid) AS max FROM actors'),
    maxRelationRowid: db.prepare<[], { max: number | null }>('SELECT max(rowid) AS max FROM relations'),
    countActors: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM actors'),
    countRelations: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM relations'),
  };
}

/** Runs a `WHERE id IN json_each(@ids)` statement over many ids in chunks. */
export function allInChunks<Row>(statement: { all(params: Ids): Row[] }, ids: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += lookupChunk) {
    rows.push(...statement.all({ ids: JSON.stringify(ids.slice(start, start + lookupChunk)) }));
  }
  return rows;
}

/** Relations with one of `ids`, and every relation (of any day) with an end among `touching`; each once, sorted by id. */
export function relationRowsFor(statements: Statements, ids: readonly string[], touching: readonly string[]): RelationRow[] {
  const found = new Map(allInChunks(statements.relationsIn, [...new Set(ids)]).map((row) => [row.id, row]));
  // A relation between two chunks is found in both: the map keeps it once.
  const touchingRows = allInChunks({ all: ({ ids: chunk }: Ids) => statements.touching.all({ ids: chunk, asOf: null }) }, [...new Set(touching)]);
  for (const row of touchingRows) found.set(row.id, row);
  return [...found.values()].sort(compareIds);
}

/** The last day of each of these actors that has one: what ends a relation with its actor. */
export function storedEnds(endsIn: Statement<Ids, { id: string; until: string }>, actorIds: readonly string[]): ActorEnds {
  return new Map(allInChunks(endsIn, actorIds).map((row) => [row.id, row.until]));
}

/** The actors at either end of these relations, each once. */
export const endsOfRelations = (relations: readonly Relation[]): string[] => [...new Set(relations.flatMap((relation) => [relation.source, relation.target]))];

/** The stored kind of each id that exists. */
export function storedKinds(statements: Statements, ids: readonly string[]): Map<string, NodeKind> {
  return new Map(allInChunks(statements.kindsIn, ids).map((row) => [row.id, row.kind]));
}
