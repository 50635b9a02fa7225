import { nodeKinds, type NodeKind } from './node-kinds';
import { actorInputSchema, limits, relationInputSchema } from './properties';
import type { Actor, ActorInput, GraphDocument, RelationInput } from './records';
import { deriveRelationId } from './relation-id';
import { endpointKindProblem } from './relation-kinds';
import { textProblem } from './text-rules';
import { codedIssue, ValidationError, type ValidationIssue } from './validation-error';
import { codedIssuesOf } from './zod-issues';

/** A relation after validation: its id is always set. */
export type ValidRelation = RelationInput & { id: string };

function parseActor(input: unknown, prefix: string): ActorInput | ValidationIssue[] {
  const parsed = actorInputSchema.safeParse(input);
  if (!parsed.success) return codedIssuesOf(parsed.error, prefix);
  const { createdAt: _c, updatedAt: _u, ...actor } = parsed.data;
  return actor;
}

function parseRelation(input: unknown, prefix: string): ValidRelation | ValidationIssue[] {
  const parsed = relationInputSchema.safeParse(input);
  if (!parsed.success) return codedIssuesOf(parsed.error, prefix);
  const { createdAt: _c, updatedAt: _u, ...relation } = parsed.data;
  return { ...relation, id: relation.id ?? deriveRelationId(relation.kind, relation.source, relation.target) };
}

export function validateActor(input: unknown, operation = 'upsertActor'): ActorInput {
  const result = parseActor(input, '');
  if (Array.isArray(result)) throw new ValidationError(operation, result);
  return result;
}

export function validateRelation(input: unknown, operation = 'upsertRelation'): ValidRelation {
  const result = parseRelation(input, '');
  if (Array.isArray(result)) throw new ValidationError(operation, result);
  return result;
}

/**
 * A search text as `operation` may use it: at most `limits.searchLength` characters, checked before
 * anything else reads the text, and free of the characters no name may hold (text-rules.ts).
 */
export function validateSearchText(text: string, operation = 'search', path = 'text'): string {
  if (text.length > limits.searchLength) throw new ValidationError(operation, [codedIssue(path, 'tooLong', { max: limits.searchLength })]);
  const problem = textProblem(text);
  if (problem !== null && problem.code === 'forbiddenCharacter') throw new ValidationError(operation, [{ path, ...problem }]);
  return text;
}

/** Fills the defaults of a validated actor input; timestamps are the store's business. */
export function actorDefaults(input: ActorInput): Omit<Actor, 'createdAt' | 'updatedAt'> {
  return {
    id: input.id,
    kind: input.kind,
    name: input.name,
    description: input.description ?? null,
    formal: input.formal ?? nodeKinds[input.kind].formalByDefault,
    domains: input.domains ?? [],
    targetGroups: input.targetGroups ?? [],
    contact: input.contact && Object.keys(input.contact).length > 0 ? input.contact : null,
    since: input.since ?? null,
    until: input.until ?? null,
  };
}

export interface ValidDocument {
  actors: ActorInput[];
  relations: ValidRelation[];
}

function findDuplicates(ids: string[], label: string, entries: string): ValidationIssue[] {
  const first = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else {
      const first = `${entries}[${earlier}]`;
      issues.push({ path: `${entries}[${index}].id`, message: `${label} "${id}" repeats ${first}`, code: 'duplicateId', params: { id, first } });
    }
  });
  return issues;
}

/**
 * Checks the shape of an interchange document and the ids inside it. Endpoints that are not in the
 * document are left for the store to check against what it holds (see `checkRelationEndpoints`).
 */
export function validateGraphDocument(input: unknown, operation = 'importGraph'): ValidDocument {
  const doc = input as Partial<GraphDocument> | null;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.actors) || !Array.isArray(doc.relations)) {
    throw new ValidationError(operation, [codedIssue('', 'notADocument')]);
  }
  const issues: ValidationIssue[] = [];
  const actors: ActorInput[] = [];
  const relations: ValidRelation[] = [];
  doc.actors.forEach((entry, i) => {
    const result = parseActor(entry, `actors[${i}]`);
    if (Array.isArray(result)) issues.push(...result);
    else actors.push(result);
  });
  doc.relations.forEach((entry, i) => {
    const result = parseRelation(entry, `relations[${i}]`);
    if (Array.isArray(result)) issues.push(...result);
    else relations.push(result);
  });
  if (issues.length > 0) throw new ValidationError(operation, issues);
  issues.push(...findDuplicates(actors.map((a) => a.id), 'actor id', 'actors'));
  issues.push(...findDuplicates(relations.map((r) => r.id), 'relation id', 'relations'));
  if (issues.length > 0) throw new ValidationError(operation, issues);
  return { actors, relations };
}

/**
 * Issues for relations whose endpoints do not exist or whose endpoint kinds the schema forbids, and
 * for a relation ENDED without a last day of its own or of one of its actors (nothing would say
 * when it ended). `kindOf` and `untilOf` answer from the document being written and from the store;
 * `untilOf` is asked only about the actors of such relations (see `endsToLookUp`).
 */
export function checkRelationEndpoints(
  relations: readonly ValidRelation[],
  kindOf: (id: string) => NodeKind | undefined,
  pathOf: (index: number) => string = (i) => `relations[${i}]`,
  untilOf: (id: string) => string | null | undefined = () => null,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  relations.forEach((relation, index) => {
    const path = pathOf(index);
    if (endsUnknown(relation) && !untilOf(relation.source) && !untilOf(relation.target)) {
      issues.push(codedIssue(join(path, 'until'), 'endedWithoutUntil'));
    }
    const sourceKind = kindOf(relation.source);
    const targetKind = kindOf(relation.target);
    const name = `relation ${relation.id}`;
    const missing = (end: 'source' | 'target', id: string): ValidationIssue =>
      ({ path: join(path, end), message: `${name}: no actor with id "${id}"`, code: 'unknownActor', params: { id } });
    if (!sourceKind) issues.push(missing('source', relation.source));
    if (!targetKind) issues.push(missing('target', relation.target));
    if (!sourceKind || !targetKind) return;
    const problem = endpointKindProblem(relation.kind, sourceKind, targetKind);
    if (problem) {
      const params = { kind: relation.kind, sourceKind, targetKind };
      issues.push({ path: join(path, 'kind'), message: `${name}: ${problem}`, code: 'endpointKinds', params });
    }
  });
  return issues;
}

const endsUnknown = (relation: ValidRelation) => relation.status === 'ENDED' && !relation.until;

/** The actors whose last day `checkRelationEndpoints` needs: those of relations ENDED without a last day. */
export function endsToLookUp(relations: readonly ValidRelation[]): string[] {
  return [...new Set(relations.filter(endsUnknown).flatMap((relation) => [relation.source, relation.target]))];
}

/** The last day each actor of a write sets, by id (null: none, or one it clears). */
export function lastDaysOf(actors: readonly { id: string; until?: string | null }[]): Map<string, string | null> {
  return new Map(actors.map((actor) => [actor.id, actor.until ?? null]));
}

/** An actor's last day after a write: the one the write sets (a cleared one included), else the stored one. */
export function lastDayAfter(written: ReadonlyMap<string, string | null>, stored: (id: string) => string | null | undefined): (id: string) => string | null | undefined {
  return (id) => (written.has(id) ? written.get(id) : stored(id));
}

function join(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}
