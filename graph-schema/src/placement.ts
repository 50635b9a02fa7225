import { relationKinds, type RelationKind } from './relation-kinds';
import type { RelationStatus } from './relation-statuses';

/**
 * Where each actor is placed directly (graph-schema `placesIn`: located in, part of...): the targets
 * of its placement relations that have not ended; for an actor whose placements all ended (a project
 * that ran its course, or a neighbourhood moved to another zone, seen in the history), where it last
 * was. On a day's view every relation read is current, so this is simply its placement that day.
 */
export function placementParents(relations: Iterable<{ kind: RelationKind; source: string; target: string; status: RelationStatus }>): Map<string, string[]> {
  const placedIn = new Map<string, string[]>();
  const wasIn = new Map<string, string[]>();
  for (const relation of relations) {
    if (!relationKinds[relation.kind].placesIn) continue;
    const into = relation.status === 'ENDED' ? wasIn : placedIn;
    const targets = into.get(relation.source);
    if (!targets) into.set(relation.source, [relation.target]);
    else if (!targets.includes(relation.target)) targets.push(relation.target);
  }
  for (const [actor, targets] of wasIn) if (!placedIn.has(actor)) placedIn.set(actor, targets);
  return placedIn;
}
