import { relationKindNames, relationKinds, type RelationKind } from '@weefsel/graph-schema';
import type { NetworkActor, NetworkRelation } from '../../api/network.types';

export interface Tie {
  relation: NetworkRelation;
  partner: NetworkActor | null;
  partnerId: string;
  /** The actor is the relation's source. */
  outgoing: boolean;
}

/** The ties of an actor grouped by relation kind, in the schema's order, partners by name within a kind. */
export function tiesByKind(actorId: string, relations: readonly NetworkRelation[], nodes: readonly NetworkActor[], language: string): [RelationKind, Tie[]][] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const groups = new Map<RelationKind, Tie[]>();
  for (const relation of relations) {
    if (relation.source !== actorId && relation.target !== actorId) continue;
    const outgoing = relation.source === actorId;
    const partnerId = outgoing ? relation.target : relation.source;
    const tie: Tie = { relation, partner: byId.get(partnerId) ?? null, partnerId, outgoing };
    groups.set(relation.kind, [...(groups.get(relation.kind) ?? []), tie]);
  }
  const nameOf = (tie: Tie) => tie.partner?.name ?? tie.partnerId;
  return relationKindNames
    .filter((kind) => groups.has(kind))
    .map((kind) => [kind, (groups.get(kind) ?? []).sort((a, b) => nameOf(a).localeCompare(nameOf(b), language))]);
}

/** The arrow before a partner: which way a directed relation runs; none for an undirected one ("werkt samen met"). */
export function tieArrow(tie: Tie): string {
  if (!relationKinds[tie.relation.kind].directed) return '';
  return tie.outgoing ? '→ ' : '← ';
}
