import { checkRelationEndpoints, lastDayAfter, lastDaysOf, ValidationError, validateGraphDocument, type ValidationIssue } from '@weefsel/graph-schema';
import { countActors, countRelations, maxProblems, type CurrentGraph } from './plan';
import { invalidJson } from './json-error-place';
import { withStoredReadings } from './read-statuses';
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

/** The dry run of an interchange JSON document: graph-schema's checks, then counts against the store. */
export function planJson(fileName: string, text: string, current: CurrentGraph): ImportPlan {
  const empty = { actors: { create: 0, update: 0, unchanged: 0 }, relations: { create: 0, update: 0, unchanged: 0 }, sheets: [], document: null };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const { reason, params } = invalidJson(text, error);
    return { ...empty, problemCount: 1, problems: [{ sheet: fileName, row: 0, column: '', value: '', reason, code: 'invalidJson', params }] };
  }
  try {
    const valid = validateGraphDocument(doc, 'import');
    const kinds = new Map(current.actors.map((a) => [a.id, a.kind]));
    for (const actor of valid.actors) kinds.set(actor.id, actor.kind);
    const stored = { actors: new Map(current.actors.map((a) => [a.id, a])), relations: new Map(current.relations.map((r) => [r.id, r])) };
    const untilOf = lastDayAfter(lastDaysOf(valid.actors), (id) => stored.actors.get(id)?.until);
    const document = withStoredReadings(valid, current);
    const issues = [...checkRelationEndpoints(document.relations, (id) => kinds.get(id), undefined, untilOf), ...documentActorChangeIssues(document, stored, (i, field) => `actors[${i}].${field}`)];
    if (issues.length > 0) return { ...empty, problemCount: issues.length, problems: issues.slice(0, maxProblems).map((i) => problemOf(fileName, i, doc)) };
    return { ...empty, actors: countActors(document.actors, stored.actors), relations: countRelations(document.relations, stored.relations), problems: [], problemCount: 0, document };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ...empty, problemCount: error.issues.length, problems: error.issues.slice(0, maxProblems).map((i) => problemOf(fileName, i, doc)) };
  }
}
