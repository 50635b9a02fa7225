import { nodeKinds, placementParents, type NodeKind } from '@weefsel/graph-schema';
import type { NetworkRelation } from '../../api/network.types';

/** One area on the way down from the whole region to the area shown. */
export interface TrailStep {
  id: string;
  name: string;
  kind: NodeKind;
}

/**
 * The area that `id` lies in directly (a neighbourhood's municipality, a municipality's care zone),
 * read from its placement relations and the actors they lead to; null when it lies in none.
 * An area placed in two is shown under the first by id, so the trail is the same every time.
 */
export function areaAbove(network: { nodes: readonly TrailStep[]; relations: readonly Pick<NetworkRelation, 'kind' | 'source' | 'target' | 'status'>[] }, id: string): TrailStep | null {
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  const above = (placementParents(network.relations).get(id) ?? [])
    .flatMap((target) => {
      const node = byId.get(target);
      return node && node.id !== id && nodeKinds[node.kind].area ? [node] : [];
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  return above ? { id: above.id, name: above.name, kind: above.kind } : null;
}

/** The area above the last step of a trail that ends at `areaId`: null for the whole region, undefined while not known. */
export function parentInTrail(trail: readonly TrailStep[] | null, areaId: string | null): string | null | undefined {
  if (areaId === null || !trail || trail.at(-1)?.id !== areaId) return undefined;
  return trail.at(-2)?.id ?? null;
}
