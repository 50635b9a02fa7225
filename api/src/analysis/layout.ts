import type { Subgraph } from '@weefsel/graph-schema';
import { forceAtlas2, UndirectedGraph } from './graphology';
import { seededRandom } from './rng';

export interface NodePosition {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Seed of the start positions, so the same scope gets the same picture every time. */
  seed: number;
  /** ForceAtlas2 passes; fewer on large graphs, where each pass costs more (see iterationsFor). */
  iterations?: number;
}

/** Median length the drawn ties get, in the web canvas's pixels at zoom 1 (fcose uses 90 for small scopes). */
export const tieLength = 80;

/** The median distance from a node to its nearest other node, at least: nodes are drawn 16 to 64 pixels wide. */
export const nodeSpacing = 48;

/**
 * ForceAtlas2 passes by size, measured on generated graphs on a 2-core machine (Barnes-Hut on):
 * about 12 ms a pass at 2,000 actors / 10,000 ties and 45 ms at 5,000 / 25,000.
 */
export function iterationsFor(nodeCount: number): number {
  if (nodeCount <= 1000) return 150;
  if (nodeCount <= 3000) return 60;
  return 30;
}

/**
 * Positions for drawing a scope the way the web canvas draws it: every node of the subgraph (areas
 * too) and every relation (placement ones too, which keep an area's actors together), pulled
 * together by ForceAtlas2 (Jacomy et al. 2014) from seeded random start positions, then scaled so
 * the median tie is `tieLength` long, or more where that would crowd the nodes (dense scopes: ForceAtlas2
 * packs a hub's partners tight). Pure and deterministic per seed; the web draws large scopes from these
 * instead of running a layout in the browser (issue 6's speed targets).
 */
export function forceLayout(subgraph: Pick<Subgraph, 'nodes' | 'relations'>, options: LayoutOptions): Map<string, NodePosition> {
  const graph = new UndirectedGraph<NodePosition>();
  const random = seededRandom(options.seed);
  const spread = Math.sqrt(subgraph.nodes.length) * 10;
  for (const node of subgraph.nodes) graph.addNode(node.id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  for (const relation of subgraph.relations) {
    const { source, target } = relation;
    if (source !== target && graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(source, target)) graph.addEdge(source, target);
  }
  if (graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
    forceAtlas2.assign(graph, { iterations: options.iterations ?? iterationsFor(graph.order), settings });
  }
  const scale = Math.max(tieLength / medianTieLength(graph), nodeSpacing / medianNearestDistance(graph));
  const positions = new Map<string, NodePosition>();
  graph.forEachNode((id, { x, y }) => positions.set(id, { x: round(x * scale), y: round(y * scale) }));
  return positions;
}

function medianTieLength(graph: UndirectedGraph<NodePosition>): number {
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => lengths.push(Math.hypot(a.x - b.x, a.y - b.y)));
  lengths.sort((p, q) => p - q);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  // No ties (or all ends on one spot): keep the start spread, which is already in pixels' order.
  return median > 0 ? median : tieLength;
}

/**
 * Median over the nodes of the distance to the nearest other node. Looks only within neighbouring
 * cells of a grid sized to the median tie, so it stays near linear; a node with no other node in
 * reach does not count.
 */
function medianNearestDistance(graph: UndirectedGraph<NodePosition>): number {
  const cell = medianTieLength(graph);
  const grid = new Map<string, NodePosition[]>();
  const key = (gx: number, gy: number) => `${gx},${gy}`;
  graph.forEachNode((_id, p) => {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    grid.set(k, [...(grid.get(k) ?? []), p]);
  });
  const nearest: number[] = [];
  graph.forEachNode((_id, p) => {
    const gx = Math.floor(p.x / cell);
    const gy = Math.floor(p.y / cell);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of grid.get(key(gx + dx, gy + dy)) ?? []) if (q !== p) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
      }
    }
    if (Number.isFinite(best) && best > 0) nearest.push(best);
  });
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] ?? nodeSpacing;
}

const round = (value: number) => Math.round(value * 10) / 10;
