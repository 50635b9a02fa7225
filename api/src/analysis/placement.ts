import { relationKinds, type Subgraph } from '@weefsel/graph-schema';

/** Actor id -> the areas it is placed in directly (the targets of its placement relations). */
export function directPlacement(subgraph: Subgraph): Map<string, string[]> {
  const direct = new Map<string, string[]>();
  for (const r of subgraph.relations) {
    if (!relationKinds[r.kind].placesIn) continue;
    const targets = direct.get(r.source) ?? [];
    if (!targets.includes(r.target)) targets.push(r.target);
    direct.set(r.source, targets);
  }
  return direct;
}

/** Follows placement relations transitively: located in a neighbourhood, part of a municipality... */
export function transitivePlacement(direct: Map<string, string[]>): Map<string, string[]> {
  const placement = new Map<string, string[]>();
  for (const id of direct.keys()) {
    const seen = new Set<string>();
    const queue = [...(direct.get(id) ?? [])];
    while (queue.length > 0) {
      const area = queue.pop() as string;
      if (seen.has(area)) continue;
      seen.add(area);
      queue.push(...(direct.get(area) ?? []));
    }
    placement.set(id, [...seen]);
  }
  return placement;
}
