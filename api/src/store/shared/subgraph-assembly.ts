import { relationKinds, type Actor, type RelationKind, type ScopedActor } from '@weefsel/graph-schema';

function isCollaboration(kind: RelationKind): boolean {
  return relationKinds[kind].tie === 'collaboration';
}

/**
 * Picks, from the (active) relations touching the inside actors of a scope, those the subgraph
 * keeps: both ends inside, or a collaboration tie to an actor outside, who becomes a boundary
 * actor. Structural relations leaving the scope (a municipality MEMBER_OF its care zone) are
 * dropped, and so are ties between two boundary actors (they never reach this function).
 */
export function scopeRelations<R extends { kind: RelationKind; source: string; target: string }>(
  inside: ReadonlySet<string>,
  touching: Iterable<R>,
): { relations: R[]; boundary: Set<string> } {
  const relations: R[] = [];
  const boundary = new Set<string>();
  for (const relation of touching) {
    const sourceIn = inside.has(relation.source);
    const targetIn = inside.has(relation.target);
    if (sourceIn && targetIn) {
      relations.push(relation);
    } else if ((sourceIn || targetIn) && isCollaboration(relation.kind)) {
      relations.push(relation);
      boundary.add(sourceIn ? relation.target : relation.source);
    }
  }
  return { relations, boundary };
}

/**
 * Breadth-first distances from `actorId` over collaboration ties, up to `depth` steps.
 * `neighbours` returns the actors tied to any actor of the frontier (either direction, active on
 * the requested date); repeats and known actors are ignored.
 */
export async function egoDistances(
  actorId: string,
  depth: number,
  neighbours: (frontier: string[]) => Iterable<string> | Promise<Iterable<string>>,
): Promise<Map<string, number>> {
  const distance = new Map<string, number>([[actorId, 0]]);
  let frontier = [actorId];
  for (let step = 1; step <= depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of await neighbours(frontier)) {
      if (distance.has(id)) continue;
      distance.set(id, step);
      next.push(id);
    }
    frontier = next;
  }
  return distance;
}

export function scoped(actor: Actor, boundary: boolean): ScopedActor {
  return { ...actor, boundary };
}
