import { endpointKindProblem, type NodeKind, type RelationKind, type ValidationIssue } from '@weefsel/graph-schema';

/** The part of a stored relation that decides whether its endpoint kinds are allowed. */
export interface RelationEnds {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
}

/**
 * Issues for actors whose kind changes while stored relations would then connect kinds the schema
 * forbids. `relations` are the stored relations of the changed actors that the write keeps (an
 * import leaves out those it rewrites itself); `kindOf` answers with the kinds after the write.
 * The issue sits at the actor's `kind` (`pathOf(actorId)`) and names the relation it breaks.
 */
export function kindChangeIssues(
  changed: ReadonlyMap<string, NodeKind>,
  relations: Iterable<RelationEnds>,
  kindOf: (id: string) => NodeKind | undefined,
  pathOf: (actorId: string) => string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const reported = new Set<string>();
  for (const relation of relations) {
    const sourceKind = kindOf(relation.source);
    const targetKind = kindOf(relation.target);
    if (!sourceKind || !targetKind || reported.has(relation.id)) continue;
    const problem = endpointKindProblem(relation.kind, sourceKind, targetKind);
    if (!problem) continue;
    const actorId = changed.has(relation.source) ? relation.source : relation.target;
    reported.add(relation.id);
    issues.push({
      path: pathOf(actorId),
      message: `cannot change actor "${actorId}" to ${changed.get(actorId)}: relation ${relation.id} would break (${problem}); delete or change that relation first`,
      code: 'kindChangeBreaksRelation',
      params: { id: actorId, kind: changed.get(actorId) ?? '', relation: relation.id },
    });
  }
  return issues;
}
