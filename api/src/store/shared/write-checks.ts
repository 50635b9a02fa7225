import { actorsEndOf, endpointKindProblem, lastDayAfter, lastDaysOf, type NodeKind, type RelationKind, type RelationStatus, type ValidationIssue } from '@weefsel/graph-schema';

/** The part of a stored relation that a change of its actors must keep valid. */
export interface KeptRelation {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  status: RelationStatus;
  until: string | null;
}

/** What a write changes about stored actors that their stored relations depend on. */
export interface ActorChanges {
  /** Actor id -> its new kind, for actors whose kind changes. */
  kinds: ReadonlyMap<string, NodeKind>;
  /** Actors whose last day (`until`) the write clears. */
  clearedEnds: ReadonlySet<string>;
}

/** The actors after the write: their kinds, last days and names (the write's own, else the stored ones). */
export interface ActorsAfter {
  kindOf(id: string): NodeKind | undefined;
  untilOf(id: string): string | null | undefined;
  nameOf(id: string): string | undefined;
}

/**
 * The params every issue about a relation carries: its id (what finds the row in a file) and
 * what a person reads it by, its ends' names and its kind ("Sociaal Huis Zoersel werkt samen met …").
 */
function relationParams(relation: KeptRelation, after: ActorsAfter): Record<string, string> {
  return {
    relation: relation.id,
    relationKind: relation.kind,
    sourceName: after.nameOf(relation.source) ?? relation.source,
    targetName: after.nameOf(relation.target) ?? relation.target,
  };
}

/** What writing these actors changes about the stored ones (`storedOf`; undefined: new) that their relations depend on. */
export function actorChangesOf(
  actors: Iterable<{ id: string; kind: NodeKind; until?: string | null }>,
  storedOf: (id: string) => { kind: NodeKind; until: string | null } | undefined,
): ActorChanges {
  const kinds = new Map<string, NodeKind>();
  const clearedEnds = new Set<string>();
  for (const actor of actors) {
    const before = storedOf(actor.id);
    if (!before) continue;
    if (before.kind !== actor.kind) kinds.set(actor.id, actor.kind);
    if (before.until !== null && (actor.until ?? null) === null) clearedEnds.add(actor.id);
  }
  return { kinds, clearedEnds };
}

/** The actors a change touches: whose stored relations must be read and kept valid. */
export function changedActors(changes: ActorChanges): string[] {
  return [...new Set([...changes.kinds.keys(), ...changes.clearedEnds])];
}

/**
 * Issues for stored relations that the actor changes would break. `relations` are the stored
 * relations of the changed actors that the write keeps (an import leaves out those it rewrites
 * itself, which are checked as new relations). Two changes can break one:
 * - a kind change that makes its endpoint kinds ones the schema forbids (issue at the actor's `kind`);
 * - a cleared last day that a relation stored as ENDED without a last day of its own took its end
 *   from: without it, the relation would read as running again (issue at the actor's `until`).
 * `pathOf(actorId, field)` gives the issue's path; each issue names the relation it breaks.
 */
export function actorChangeIssues(
  changes: ActorChanges,
  relations: Iterable<KeptRelation>,
  after: ActorsAfter,
  pathOf: (actorId: string, field: 'kind' | 'until') => string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const reported = new Set<string>();
  for (const relation of relations) {
    if (reported.has(relation.id)) continue;
    const issue = kindIssue(changes, relation, after, pathOf) ?? endIssue(changes, relation, after, pathOf);
    if (!issue) continue;
    reported.add(relation.id);
    issues.push(issue);
  }
  return issues;
}

function kindIssue(changes: ActorChanges, relation: KeptRelation, after: ActorsAfter, pathOf: (actorId: string, field: 'kind') => string): ValidationIssue | null {
  if (!changes.kinds.has(relation.source) && !changes.kinds.has(relation.target)) return null;
  const sourceKind = after.kindOf(relation.source);
  const targetKind = after.kindOf(relation.target);
  if (!sourceKind || !targetKind) return null;
  const problem = endpointKindProblem(relation.kind, sourceKind, targetKind);
  if (!problem) return null;
  const actorId = changes.kinds.has(relation.source) ? relation.source : relation.target;
  const kind = changes.kinds.get(actorId) ?? '';
  return {
    path: pathOf(actorId, 'kind'),
    message: `cannot change actor "${actorId}" to ${kind}: relation ${relation.id} would break (${problem}); delete or change that relation first`,
    code: 'kindChangeBreaksRelation',
    params: { id: actorId, name: after.nameOf(actorId) ?? actorId, kind, ...relationParams(relation, after) },
  };
}

function endIssue(changes: ActorChanges, relation: KeptRelation, after: ActorsAfter, pathOf: (actorId: string, field: 'until') => string): ValidationIssue | null {
  if (relation.status !== 'ENDED' || relation.until !== null || actorsEndOf(relation, after.untilOf) !== null) return null;
  const actorId = changes.clearedEnds.has(relation.source) ? relation.source : relation.target;
  if (!changes.clearedEnds.has(actorId)) return null;
  return {
    path: pathOf(actorId, 'until'),
    message: `cannot clear the last day (until) of actor "${actorId}": relation ${relation.id} is stored as ENDED and takes its end from it; give that relation an until of its own, or delete it, first`,
    code: 'endClearBreaksRelation',
    params: { id: actorId, name: after.nameOf(actorId) ?? actorId, ...relationParams(relation, after) },
  };
}

/**
 * `actorChangeIssues` for a document about to be imported into the store as written (`stored`:
 * the stored actors it names, and the stored relations of those whose kind or last day it changes,
 * statuses as written, as `importBasis` reads them): what the import will refuse, said by its dry run. `pathOf(index, field)` places an issue at the
 * document's actor `index`.
 */
export function documentActorChangeIssues(
  doc: { actors: readonly { id: string; kind: NodeKind; name: string; until?: string | null }[]; relations: readonly { id: string }[] },
  stored: { actors: ReadonlyMap<string, { kind: NodeKind; name: string; until: string | null }>; relations: ReadonlyMap<string, KeptRelation> },
  pathOf: (index: number, field: 'kind' | 'until') => string,
): ValidationIssue[] {
  const changes = actorChangesOf(doc.actors, (id) => stored.actors.get(id));
  const { kinds } = changes;
  const actors = new Set(changedActors(changes));
  if (actors.size === 0) return [];
  const rewritten = new Set(doc.relations.map((r) => r.id));
  const kept = [...stored.relations.values()].filter((r) => !rewritten.has(r.id) && (actors.has(r.source) || actors.has(r.target)));
  const index = new Map(doc.actors.map((a, i) => [a.id, i]));
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const after = {
    kindOf: (id: string) => kinds.get(id) ?? stored.actors.get(id)?.kind,
    nameOf: (id: string) => names.get(id) ?? stored.actors.get(id)?.name,
    untilOf: lastDayAfter(lastDaysOf(doc.actors), (id) => stored.actors.get(id)?.until),
  };
  return actorChangeIssues(changes, kept, after, (id, field) => pathOf(index.get(id) ?? -1, field));
}
