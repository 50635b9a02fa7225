import { checkRelationEndpoints, lastDayAfter, lastDaysOf, ValidationError, validateGraphDocument, type ValidationIssue, type ValidDocument } from '@weefsel/graph-schema';
import { countActors, countRelations, maxProblems, type CurrentGraph } from './plan';
import { invalidJson } from './json-error-place';
import { keepStoredReadings } from './read-statuses';
import { documentActorChangeIssues } from '../store/shared/write-checks';
import type { ImportPlan, ImportProblem } from './plan-types';

/** `actors[3].kind` as a problem: the list is the sheet, the entry number (from 1) the row. */
function problemOf(fileName: string, issue: ValidationIssue, doc: unknown): ImportProblem {
  const match = /^(actors|relations)\[(\d+)\]\.?(.*)$/.exec(issue.path);
  const coded = { reason: issue.message, code: issue.code ?? 'invalid', params: issue.params ?? {} };
  if (!match) return { sheet: fileName, row: 0, column: issue.path, value: '', ...coded };
  const [, list = '', index = '0', field = ''] = match;
  const entry = (doc as Record<string, unknown[]>)[list]?.[Number(index)] as Record<string, unknown> | undefined;
  const raw = field ? entry?.[field.split(/[.[]/)[0] ?? ''] : undefined;
  return { sheet: `${fileName} ${list}`, row: Number(index) + 1, column: field, value: raw === undefined ? '' : JSON.stringify(raw), ...coded };
}

/** A JSON document parsed and checked by graph-schema, or the plan that says why it cannot be imported. */
export type JsonReading = { plan: ImportPlan } | JsonRead;

export interface JsonRead {
  plan?: undefined;
  fileName: string;
  /** The parsed text, for the values problems show. */
  raw: unknown;
  document: ValidDocument;
}

const empty = (): Omit<ImportPlan, 'problems' | 'problemCount'> => ({
  actors: { create: 0, update: 0, unchanged: 0 },
  relations: { create: 0, update: 0, unchanged: 0 },
  sheets: [],
  document: null,
});

/** The first step of the dry run of an interchange JSON document: parsed and validated, nothing compared yet. */
export function readJsonDocument(fileName: string, text: string): JsonReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const { reason, params } = invalidJson(text, error);
    return { plan: { ...empty(), problemCount: 1, problems: [{ sheet: fileName, row: 0, column: '', value: '', reason, code: 'invalidJson', params }] } };
  }
  try {
    return { fileName, raw, document: validateGraphDocument(raw, 'import') };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { plan: problemPlan(fileName, error.issues, raw) };
  }
}

function problemPlan(fileName: string, issues: readonly ValidationIssue[], raw: unknown): ImportPlan {
  return { ...empty(), problemCount: issues.length, problems: issues.slice(0, maxProblems).map((i) => problemOf(fileName, i, raw)) };
}

/**
 * The dry run of an interchange JSON document against the store (`current`, which needs hold only
 * the actors and relations the document names, and the stored relations of actors whose kind or
 * last day it changes): the checks the import runs, then the counts.
 */
export function planJson(reading: JsonRead, current: CurrentGraph): ImportPlan {
  const { fileName, raw, document: valid } = reading;
  const kinds = new Map(current.actors.map((a) => [a.id, a.kind]));
  for (const actor of valid.actors) kinds.set(actor.id, actor.kind);
  const stored = { actors: new Map(current.actors.map((a) => [a.id, a])), relations: new Map(current.relations.map((r) => [r.id, r])) };
  const untilOf = lastDayAfter(lastDaysOf(valid.actors), (id) => stored.actors.get(id)?.until);
  const document = { ...valid, relations: keepStoredReadings(valid.relations, stored.relations, untilOf, current.today) };
  const issues = [...checkRelationEndpoints(document.relations, (id) => kinds.get(id), undefined, untilOf), ...documentActorChangeIssues(document, stored, (i, field) => `actors[${i}].${field}`)];
  if (issues.length > 0) return problemPlan(fileName, issues, raw);
  return { ...empty(), actors: countActors(document.actors, stored.actors), relations: countRelations(document.relations, stored.relations), problems: [], problemCount: 0, document };
}
