import { checkRelationEndpoints, lastDayAfter, lastDaysOf, type Actor, type ActorInput, type Relation, type ValidRelation } from '@weefsel/graph-schema';
import { readActorRows, settleActors, type ActorEntries, type ActorRowsRead } from './actor-rows';
import { DuplicateCheck, issueProblems } from './entry-problems';
import { documentActorChangeIssues } from '../store/shared/write-checks';
import { actorFields, relationFields, sameActorFields, sameRelationFields } from '../store/shared/record-fields';
import { ActorLookup } from './lookup';
import { keepStoredReadings } from './read-statuses';
import type { ColumnChoice, ImportPlan, ImportProblem, PlanCounts } from './plan-types';
import { tableFormatOf, type Table } from './read-tables';
import type { ActorIdentity } from '../store/graph-store';
import { readPlacements, readRelationRows, settleRelations, type PendingRelation } from './relation-rows';
import { describeMapping, mapTable, missingColumns, type SheetRoles } from './sheet-mapping';

/**
 * The part of the store a plan compares against (`importBasis` reads it): at least the actors and
 * relations the files name, and the relations of actors whose kind or last day they change, with
 * statuses as stored; and the day it was read.
 */
export interface CurrentGraph {
  actors: readonly Actor[];
  relations: readonly Relation[];
  today: string;
}

/** At most this many problems are listed: a broken 100,000-row file should not give 100,000 lines. */
export const maxProblems = 1000;

/**
 * The tables read against the stored actors' ids, kinds and names: the actors and the relations,
 * each still without the stored record underneath (`plan` when the sheets themselves already fail).
 */
export type TableReading = { plan: ImportPlan } | TablesRead;

export interface TablesRead {
  plan?: undefined;
  problems: ImportProblem[];
  sheets: ImportPlan['sheets'];
  lookup: ActorLookup;
  actors: ActorRowsRead;
  relations: PendingRelation[];
}

/** The tables with the stored actors underneath theirs (`settleTables`); the relations still pending. */
export interface TablesSettled extends Omit<TablesRead, 'actors'> {
  actors: ActorEntries;
}

/**
 * The dry run: reads the tables with the mapping (guessed, with the user's choices on top), checks
 * every row with graph-schema, resolves references, and counts what the import would create,
 * update or leave unchanged. Pure: nothing is written. In steps (`readImportTables`,
 * `settleTables`, `planTables`) so that a caller reads from the store only the actors and
 * relations the tables name, and for the rest only every actor's id, kind and name.
 */
export function planImport(tables: readonly Table[], choices: readonly ColumnChoice[], current: CurrentGraph, sheetRoles: SheetRoles = {}): ImportPlan {
  const reading = readImportTables(tables, choices, current.actors, sheetRoles);
  return reading.plan ?? planTables(settleTables(reading, current.actors), current);
}

/** The first step of `planImport`: the sheets mapped and their rows read, references resolved against the `stored` actors. */
export function readImportTables(tables: readonly Table[], choices: readonly ColumnChoice[], stored: readonly ActorIdentity[], sheetRoles: SheetRoles = {}): TableReading {
  const problems: ImportProblem[] = [];
  const mapped = tables.map((table) => mapTable(table, choices, problems, sheetRoles[table.name]));
  for (const table of mapped) problems.push(...missingColumns(table));
  // A CSV file is one table: if it is neither actors nor relations, the user should hear why.
  for (const m of mapped.filter((t) => !t.role && tableFormatOf(t.table.name) === 'csv')) {
    const headers = m.table.headers.join(', ');
    const reason = 'these headers are neither actors (a column "Naam"/"Name") nor relations (columns "Van"/"Source" and "Naar"/"Target"); rename them or choose a mapping';
    problems.push({ sheet: m.table.name, row: 1, column: '', value: headers, reason, code: 'sheetUnrecognised', params: { headers } });
  }
  if (!mapped.some((m) => m.role)) {
    const reason = 'found no sheet of actors (a column "Naam"/"Name") or of relations (columns "Van"/"Source" and "Naar"/"Target")';
    problems.push({ sheet: tables[0]?.name ?? '', row: 1, column: '', value: '', reason, code: 'noSheet', params: {} });
  }
  const sheets = mapped.map(describeMapping);
  if (problems.length > 0) return { plan: { actors: zero(), relations: zero(), problems, problemCount: problems.length, sheets, document: null } };

  const lookup = new ActorLookup(stored);
  const actors: ActorRowsRead = { pending: [], placements: [] };
  const actorIds = new DuplicateCheck('actor id');
  for (const table of mapped) if (table.role === 'actors') readActorRows(table, lookup, actors, actorIds, problems);
  const relations: PendingRelation[] = [];
  for (const table of mapped) if (table.role === 'relations') readRelationRows(table, lookup, relations, problems);
  readPlacements(actors.placements, lookup, relations, problems);
  return { problems, sheets, lookup, actors, relations };
}

/** The second step of `planImport`: the stored actors the tables name (at least) underneath theirs. */
export function settleTables(reading: TablesRead, stored: readonly Actor[]): TablesSettled {
  const problems = [...reading.problems];
  const actors = settleActors(reading.actors.pending, new Map(stored.map((actor) => [actor.id, actor])), problems);
  return { ...reading, problems, actors };
}

/** The last step of `planImport`: the relations settled on the stored ones in `current`, checked and counted. */
export function planTables(reading: TablesSettled, current: CurrentGraph): ImportPlan {
  const { sheets, lookup, actors } = reading;
  const problems = [...reading.problems];
  const storedActors = new Map(current.actors.map((a) => [a.id, a]));
  const storedRelations = new Map(current.relations.map((r) => [r.id, r]));
  const relations = settleRelations(reading.relations, storedRelations, problems);
  const untilOf = lastDayAfter(lastDaysOf(actors.actors), (id) => storedActors.get(id)?.until);
  const written = keepStoredReadings(relations.relations, storedRelations, untilOf, current.today);
  for (const issue of checkRelationEndpoints(written, (id) => lookup.kindOf(id), (i) => String(i), untilOf)) {
    const origin = relations.origins[Number.parseInt(issue.path, 10)];
    if (origin) problems.push(...issueProblems(origin, [{ ...issue, path: issue.path.replace(/^\d+\./, '') }]));
  }
  const stored = { actors: storedActors, relations: storedRelations };
  for (const issue of documentActorChangeIssues({ actors: actors.actors, relations: written }, stored, (i, field) => `${i}.${field}`)) {
    const [index = '', field = ''] = issue.path.split('.');
    const origin = actors.origins[Number.parseInt(index, 10)];
    if (origin) problems.push(...issueProblems(origin, [{ ...issue, path: field }]));
  }
  problems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return {
    actors: countActors(actors.actors, storedActors),
    relations: countRelations(written, storedRelations),
    problems: problems.slice(0, maxProblems),
    problemCount: problems.length,
    sheets,
    document: problems.length === 0 ? { actors: actors.actors, relations: written } : null,
  };
}

const zero = (): PlanCounts => ({ create: 0, update: 0, unchanged: 0 });

export function countActors(actors: readonly ActorInput[], stored: ReadonlyMap<string, Actor>): PlanCounts {
  const counts = zero();
  for (const actor of actors) {
    const before = stored.get(actor.id);
    if (!before) counts.create += 1;
    else if (sameActorFields(before, actorFields(actor))) counts.unchanged += 1;
    else counts.update += 1;
  }
  return counts;
}

export function countRelations(relations: readonly ValidRelation[], stored: ReadonlyMap<string, Relation>): PlanCounts {
  const counts = zero();
  for (const relation of relations) {
    const before = stored.get(relation.id);
    if (!before) counts.create += 1;
    else if (sameRelationFields(relationFields(before), relationFields(relation))) counts.unchanged += 1;
    else counts.update += 1;
  }
  return counts;
}
