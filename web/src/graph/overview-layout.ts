import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Point } from './place-missing';

/** An area of the overview as the layout sees it: its disc and the width of its name, in pixels at zoom 1. */
export interface OverviewNode {
  id: string;
  size: number;
  labelWidth: number;
  /** Lines of its label (its name, then its count): 1 when absent. */
  labelLines?: number;
}

/** The bundled ties between two areas. */
export interface OverviewLink {
  source: string;
  target: string;
  ties: number;
}

/** Pixels at zoom 1 kept free between the room of two areas. */
const gap = 12;
/** Height of a line of a name under its disc (12 px text), and the gap above the name. */
const [lineRoom, labelGap] = [12, 6];
/**
 * ForceAtlas2 passes: 200 up to 100 areas, fewer above, where each pass weighs every pair. Measured
 * on generated overviews on a 2-core machine, the whole placement: 60 areas 20-80 ms; 200 areas 0.14 s
 * with 200 passes, 0.07 s with 50; 500 areas 0.8 s with 200 passes, 0.25 s with the 30 they get.
 */
function forcePasses(areas: number): number {
  return Math.max(30, Math.min(200, Math.round(200 * (100 / Math.max(areas, 1)) ** 2)));
}
const separationPasses = 200;

/**
 * The room an area needs, as a disc: its own disc with its name under it, or the name's half width
 * where the name is wider. The label layer can also put a name beside or above its disc.
 */
function roomOf(node: OverviewNode): number {
  return Math.max(node.size / 2 + labelGap + lineRoom * (node.labelLines ?? 1), node.labelWidth / 2) + gap / 2;
}

/**
 * Where the areas of an overview go: pulled together by their bundled ties, the more ties the
 * closer (ForceAtlas2, Jacomy et al. 2014, the library the API's large-scope layouts use, with each
 * bundle's count as its weight), then pushed apart until no two areas' rooms (roomOf) overlap.
 * Strong gravity keeps areas without ties, or a pair tied only to each other, near the rest instead
 * of far out in a corner of the map. Deterministic: the start is a circle in the order given (the
 * API orders areas by name). Pure and cheap (see forcePasses), so the overview needs no layout on
 * the canvas, where measuring every tie was most of the region's first screen.
 */
export function overviewPositions(nodes: readonly OverviewNode[], links: readonly OverviewLink[]): Map<string, Point> {
  const graph = new UndirectedGraph<Point, { weight: number }>();
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
    graph.addNode(node.id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const { source, target, ties } of links) {
    if (source !== target && graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(source, target)) graph.addEdge(source, target, { weight: ties });
  }
  if (graph.size > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false, strongGravityMode: true, gravity: 1 };
    forceAtlas2.assign(graph, { iterations: forcePasses(graph.order), settings, getEdgeWeight: 'weight' });
  }
  const placed = nodes.map((node) => {
    const { x, y } = graph.getNodeAttributes(node.id);
    return { id: node.id, room: roomOf(node), x, y };
  });
  scaleToRooms(placed);
  separate(placed);
  return new Map(placed.map(({ id, x, y }) => [id, { x: Math.round(x), y: Math.round(y) }]));
}

/** Scales the force layout so that an area's nearest neighbour lies, in the median, just clear of its room. */
function scaleToRooms(placed: (Point & { room: number })[]): void {
  if (placed.length < 2) return;
  const ratios = placed.map((a) => {
    let best = Infinity;
    for (const b of placed) if (b !== a) best = Math.min(best, Math.hypot(a.x - b.x, a.y - b.y) / (a.room + b.room));
    return best;
  });
  const median = [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!;
  const scale = median > 1e-9 ? 1 / median : 1;
  for (const point of placed) [point.x, point.y] = [point.x * scale, point.y * scale];
}

/**
 * Pushes overlapping rooms apart, each pair by half the overlap on either side, until none
 * overlaps (or the passes run out). ForceAtlas2 places points: it knows nothing of the rooms.
 */
export function separate(placed: (Point & { room: number })[]): void {
  for (let pass = 0; pass < separationPasses; pass += 1) {
    let moved = false;
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
        const [a, b] = [placed[i]!, placed[j]!];
        const needed = a.room + b.room;
        let [dx, dy] = [b.x - a.x, b.y - a.y];
        let distance = Math.hypot(dx, dy);
        if (distance >= needed) continue;
        if (distance < 1e-6) [dx, dy, distance] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (needed - distance) / 2 + 0.01;
        const [ux, uy] = [dx / distance, dy / distance];
        [a.x, a.y, b.x, b.y] = [a.x - ux * push, a.y - uy * push, b.x + ux * push, b.y + uy * push];
        moved = true;
      }
    }
    if (!moved) return;
  }
}
