import { placementParents, type NodeKind } from '@weefsel/graph-schema';
import type { Network } from '../api/network.types';

/** Area kinds the network view can group actors by (compound nodes). */
export const groupingKinds = ['Neighbourhood', 'Municipality'] as const satisfies readonly NodeKind[];
export type GroupingKind = (typeof groupingKinds)[number];
export type Grouping = GroupingKind | 'none';

/**
 * For each actor, the drawn area of `areaKind` it lies in, following placement relations (graph-schema
 * `placesIn`: located in, active in, part of, member of) upwards, e.g. organisation -> neighbourhood
 * -> municipality. An area of that kind is its own group. Actors placed nowhere of that kind are left out.
 */
export function groupsByArea(network: Pick<Network, 'nodes' | 'relations'>, areaKind: NodeKind): Map<string, string> {
  const kindOf = new Map(network.nodes.map((node) => [node.id, node.kind]));
  const placedIn = placementParents(network.relations);
  const result = new Map<string, string>();
  for (const node of network.nodes) {
    const area = findArea(node.id, areaKind, kindOf, placedIn);
    if (area) result.set(node.id, area);
  }
  return result;
}

function findArea(start: string, areaKind: NodeKind, kindOf: Map<string, NodeKind>, placedIn: Map<string, string[]>): string | null {
  const seen = new Set([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    // Sorted so an actor placed in two areas of the kind always lands in the same one.
    const hit = frontier.filter((id) => kindOf.get(id) === areaKind).sort()[0];
    if (hit) return hit;
    const next: string[] = [];
    for (const id of frontier) {
      for (const target of placedIn.get(id) ?? []) {
        if (!seen.has(target)) {
          seen.add(target);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return null;
}
