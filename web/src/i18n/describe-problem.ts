import {
  isProblemCode,
  lifeDomainNames,
  lifeDomains,
  nodeKindNames,
  nodeKinds,
  relationKindNames,
  relationKinds,
  relationStatusNames,
  relationStatuses,
  roles,
  targetGroupNames,
  targetGroups,
  type Language,
  type Label,
  type ProblemCode,
} from '@weefsel/graph-schema';
import { formatDay } from './format';
import { messages, placeholdersOf, translate, type MessageKey, type MessageParams } from './messages';
import { pathLabel } from './path-labels';

/** A problem as the API sends it: code and params, and for a validation issue the path it is at. */
export interface CodedProblem {
  code: string;
  params?: Record<string, unknown> | null;
  path?: string;
}

const labelTables: Record<string, Record<string, Label>> = {
  kind: Object.fromEntries(nodeKindNames.map((k) => [k, nodeKinds[k].label])),
  relationKind: Object.fromEntries(relationKindNames.map((k) => [k, relationKinds[k].label])),
  domains: Object.fromEntries(lifeDomainNames.map((d) => [d, lifeDomains[d]])),
  targetGroups: Object.fromEntries(targetGroupNames.map((g) => [g, targetGroups[g]])),
  status: Object.fromEntries(relationStatusNames.map((s) => [s, relationStatuses[s]])),
};

/** A schema name (node or relation kind, role) as its label; anything else as it is. */
function schemaLabel(value: string, language: Language): string {
  if (Object.hasOwn(nodeKinds, value)) return nodeKinds[value as keyof typeof nodeKinds].label[language];
  if (Object.hasOwn(relationKinds, value)) return relationKinds[value as keyof typeof relationKinds].label[language];
  if (Object.hasOwn(roles, value)) return roles[value as keyof typeof roles].label[language];
  return value;
}

/** Params as people read them: labels for schema names, local dates and numbers, the options to choose from. */
function readableParams(code: ProblemCode, raw: Record<string, unknown>, language: Language): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'number') params[name] = value;
    else if (typeof value === 'string') params[name] = value;
  }
  for (const name of ['kind', 'sourceKind', 'targetKind', 'areaKind', 'relationKind', 'requiredRole', 'role']) {
    if (typeof params[name] === 'string') params[name] = schemaLabel(params[name], language);
  }
  for (const name of ['since', 'opensOn', 'closesOn']) if (typeof params[name] === 'string') params[name] = formatDay(params[name], language);
  if (typeof params.sheetRole === 'string') params.sheetRole = translate(language, params.sheetRole === 'relations' ? 'import.role.relations' : 'import.role.actors');
  if (code === 'missingColumn') params.header = String(raw[language] ?? '');
  if (code === 'unknownValue') {
    const table = labelTables[String(raw.property ?? '')];
    params.options = table ? Object.values(table).map((label) => label[language]).join(', ') : '–';
  }
  if (typeof params.property === 'string') params.property = pathLabel(params.property, language);
  return params;
}

/**
 * A problem in the user's language, without the field (forms show it at the field). A code this
 * web does not know (a newer API) reads as "invalid value", never as the API's English; a param the
 * message needs but the API left out shows as "–" instead of failing.
 */
export function describeProblem(problem: CodedProblem, language: Language): string {
  const code: ProblemCode = isProblemCode(problem.code) ? problem.code : 'invalid';
  const key = `problem.${code}` as MessageKey;
  const params = readableParams(code, problem.params ?? {}, language);
  for (const name of placeholdersOf(messages[language][key])) params[name] ??= '–';
  return translate(language, key, params);
}

/**
 * The same problem with the label of its field in front ("naam: mag niet leeg zijn"), for lists away
 * from the form. A problem with a file names the file itself (its path is the file name).
 */
export function describeProblemAt(problem: CodedProblem, language: Language): string {
  const text = describeProblem(problem, language);
  const aboutFile = typeof problem.params?.file === 'string';
  const field = problem.path && !aboutFile ? pathLabel(problem.path, language) : '';
  return field ? `${field}: ${text}` : text;
}
