import type { Subgraph } from '@weefsel/graph-schema';
import { tieLength, type NodePosition } from './layout';

/** A stable angle per id, so the same actor lands in the same place on every instance. */
function angleOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return ((hash >>> 0) / 2 ** 32) * 2 * Math.PI;
}

/**
 * Positions for the nodes `kept` does not hold, leaving every kept one where it is: a node with
 * placed partners goes next to their centre, one tie length away; new nodes tied only to other new
 * ones follow them (breadth first); a node with no placed partner at all goes on a ring around the
 * drawing. Deterministic, so every worker places the same actor in the same spot.
 */
export function placeMissing(subgraph: Pick<Subgraph, 'nodes' | 'relations'>, kept: ReadonlyMap<string, NodePosition>): Map<string, NodePosition> {
  const placed = new Map(kept);
  const neighbours = new Map<string, string[]>();
  for (const r of subgraph.relations) {
    neighbours.set(r.source, [...(neighbours.get(r.source) ?? []), r.target]);
    neighbours.set(r.target, [...(neighbours.get(r.target) ?? []), r.source]);
  }
  let missing = subgraph.nodes.map((n) => n.id).filter((id) => !placed.has(id)).sort();
  for (let progress = true; missing.length > 0 && progress; ) {
    progress = false;
    const next: string[] = [];
    const round = new Map<string, NodePosition>();
    for (const id of missing) {
      const anchors = (neighbours.get(id) ?? []).flatMap((n) => placed.get(n) ?? []);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      const cx = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
      const cy = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
      const angle = angleOf(id);
      round.set(id, { x: cx + tieLength * Math.cos(angle), y: cy + tieLength * Math.sin(angle) });
      progress = true;
    }
    // Placed after the round, so the order of ids inside it does not matter.
    for (const [id, p] of round) placed.set(id, p);
    missing = next;
  }
  if (missing.length > 0) {
    const all = [...placed.values()];
    const cx = all.length > 0 ? all.reduce((s, p) => s + p.x, 0) / all.length : 0;
    const cy = all.length > 0 ? all.reduce((s, p) => s + p.y, 0) / all.length : 0;
    const radius = Math.max(tieLength, ...all.map((p) => Math.hypot(p.x - cx, p.y - cy))) + tieLength;
    missing.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / missing.length;
      placed.set(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  }
  return placed;
}
