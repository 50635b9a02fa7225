import { nodeKinds, relationKinds, type Subgraph } from '@weefsel/graph-schema';
import { forceAtlas2, UndirectedGraph } from './graphology';

export interface NodePosition {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Seed of the start positions, so the same scope gets the same picture every time and in every worker. */
  seed: number;
  /** ForceAtlas2 passes; fewer on large graphs, where each pass costs more (see iterationsFor). */
  iterations?: number;
}

/** Median length the drawn ties get, in the web canvas's pixels at zoom 1 (fcose uses 90 for small scopes). */
export const tieLength = 80;

/** The median distance from a node to its nearest other node, at least: nodes are drawn 16 to 64 pixels wide. */
export const nodeSpacing = 48;

/**
 * ForceAtlas2 passes by size. Measured on generated graphs on a 2-core machine (Barnes-Hut on):
 * about 14 ms a pass at 2,000 actors / 10,000 relations and 45 ms at 5,000 / 25,000. Starting from
 * the areas (startPositions), 40 passes at 2,000 actors draw ties as short, relative to the distance
 * between two actors picked at random, as 60 passes from random start positions.
 */
export function iterationsFor(nodeCount: number): number {
  if (nodeCount <= 1000) return 150;
  if (nodeCount <= 3000) return 40;
  return 25;
}

/**
 * Positions for drawing a scope the way the web canvas draws it: every node of the subgraph (areas
 * too) and every relation (placement ones too, which keep an area's actors together), pulled
 * together by ForceAtlas2 (Jacomy et al. 2014) from start positions near their areas, then scaled so
 * the median tie is `tieLength` long, or more where that would crowd the nodes (dense scopes: ForceAtlas2
 * packs a hub's partners tight). Pure and deterministic per seed; the web draws large scopes from these
 * instead of running a layout in the browser (a 2,000-actor scope must open in seconds).
 */
export function forceLayout(subgraph: Pick<Subgraph, 'nodes' | 'relations'>, options: LayoutOptions): Map<string, NodePosition> {
  const graph = new UndirectedGraph<NodePosition>();
  const spread = Math.sqrt(subgraph.nodes.length) * 10;
  const start = startPositions(subgraph, spread, options.seed);
  for (const node of subgraph.nodes) graph.addNode(node.id, start.get(node.id) ?? { x: 0, y: 0 });
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

/**
 * Areas at spots drawn from their ids, every other actor close to the area it is placed in (located
 * in, active in): ties run mostly within an area, so ForceAtlas2 starts near its answer and needs
 * fewer passes. Each spot depends on the node's own id and the seed only, not on the other nodes: an
 * actor added to the scope leaves everyone else's start, and so nearly all of the picture, as it was
 * (with a sequence of random numbers, one new id early in the list moved half the drawing).
 */
function startPositions(subgraph: Pick<Subgraph, 'nodes' | 'relations'>, spread: number, seed: number): Map<string, NodePosition> {
  const at = (id: string, centre: NodePosition, radius: number): NodePosition => ({
    x: centre.x + (unitHash(id, seed) - 0.5) * radius,
    y: centre.y + (unitHash(id, seed + 1) - 0.5) * radius,
  });
  const start = new Map<string, NodePosition>();
  for (const node of subgraph.nodes) if (nodeKinds[node.kind].area) start.set(node.id, at(node.id, { x: 0, y: 0 }, spread));
  const areaOf = new Map<string, string>();
  for (const relation of subgraph.relations) {
    if (relationKinds[relation.kind].tie === 'structural' && start.has(relation.target) && !start.has(relation.source)) areaOf.set(relation.source, relation.target);
  }
  for (const node of subgraph.nodes) {
    if (start.has(node.id)) continue;
    const area = areaOf.get(node.id);
    const centre = area === undefined ? undefined : start.get(area);
    start.set(node.id, centre ? at(node.id, centre, spread / 10) : at(node.id, { x: 0, y: 0 }, spread));
  }
  return start;
}

/** A number in [0, 1) from a string and a seed (FNV-1a, then a murmur3 finaliser to spread the bits). */
export function unitHash(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
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
 * Median over the nodes of the distance to the nearest other node. Looks only within the 3 x 3 grid
 * cells around a node, the cells sized for about one node each, so it stays near linear; a node with
 * no other node in reach does not count.
 */
function medianNearestDistance(graph: UndirectedGraph<NodePosition>): number {
  const points: NodePosition[] = [];
  graph.forEachNode((_id, p) => points.push(p));
  // A loop, not Math.max(...xs): spreading 100,000 arguments overflows the stack.
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (const { x, y } of points) Object.assign(box, { left: Math.min(box.left, x), right: Math.max(box.right, x), top: Math.min(box.top, y), bottom: Math.max(box.bottom, y) });
  const area = (box.right - box.left) * (box.bottom - box.top);
  const cell = Math.sqrt(area / points.length) || 1;
  const key = (gx: number, gy: number) => `${gx},${gy}`;
  const grid = new Map<string, NodePosition[]>();
  for (const p of points) {
    const k = key(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const members = grid.get(k);
    if (members) members.push(p);
    else grid.set(k, [p]);
  }
  const nearest: number[] = [];
  for (const p of points) {
    const gx = Math.floor(p.x / cell);
    const gy = Math.floor(p.y / cell);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of grid.get(key(gx + dx, gy + dy)) ?? []) if (q !== p) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
      }
    }
    if (Number.isFinite(best) && best > 0) nearest.push(best);
  }
  nearest.sort((a, b) => a - b);
  return nearest[Math.floor(nearest.length / 2)] ?? nodeSpacing;
}

const round = (value: number) => Math.round(value * 10) / 10;
