import type { NodeKind } from '@weefsel/graph-schema';

export interface MapActor {
  id: string;
  /** The name as this reader may see it. */
  name: string;
  kind: NodeKind;
  /** A partner outside the area: drawn small and grey, never labelled. */
  boundary: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapNode extends MapActor {
  x: number;
  y: number;
  radius: number;
  /** Where the name is written, or null when it would overlap another name or leave the map. */
  label: Box | null;
}

export interface ReportMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: { x1: number; y1: number; x2: number; y2: number }[];
}

export interface MapInput {
  actors: readonly MapActor[];
  ties: readonly { source: string; target: string }[];
  /** Layout positions in any unit; an actor without one is drawn in the middle. */
  positions: ReadonlyMap<string, { x: number; y: number }>;
}

export interface MapStyle {
  width: number;
  height: number;
  fontSize: number;
  /** The width of a text at `fontSize`, in the map's unit. */
  measure: (text: string) => number;
}

const margin = 12;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, style: MapStyle): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= style.width && box.y + box.height <= style.height;
}

/**
 * The map of an area fitted into a box: every actor at its layout position (scaled to fit, aspect
 * kept), sized by its number of ties, with the names of the best connected actors written under
 * them as long as no two names overlap. Names of the rest would only make the page unreadable.
 */
export function reportMap(input: MapInput, style: MapStyle): ReportMap {
  const degree = new Map<string, number>();
  for (const tie of input.ties) {
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
  }
  const placed = input.actors.map((actor) => input.positions.get(actor.id));
  const xs = placed.flatMap((p) => (p ? [p.x] : []));
  const ys = placed.flatMap((p) => (p ? [p.y] : []));
  const [minX, maxX, minY, maxY] = xs.length > 0 ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 0, 0, 0];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(spanX > 0 ? (style.width - 2 * margin) / spanX : Infinity, spanY > 0 ? (style.height - 2 * margin) / spanY : Infinity);
  const fit = Number.isFinite(scale) ? scale : 1;
  // Centred: the drawing keeps its aspect, so one side has room left.
  const offsetX = (style.width - spanX * fit) / 2;
  const offsetY = (style.height - spanY * fit) / 2;
  const maxDegree = Math.max(1, ...degree.values());
  const nodes: MapNode[] = input.actors.map((actor, i) => {
    const p = placed[i];
    const d = degree.get(actor.id) ?? 0;
    return {
      ...actor,
      x: p ? offsetX + (p.x - minX) * fit : style.width / 2,
      y: p ? offsetY + (p.y - minY) * fit : style.height / 2,
      radius: actor.boundary ? 2 : 2.5 + 4 * Math.sqrt(d / maxDegree),
      label: null,
    };
  });
  const byImportance = nodes
    .filter((n) => !n.boundary)
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  const taken: Box[] = [];
  for (const node of byImportance) {
    const width = style.measure(node.name);
    const box = { x: node.x - width / 2, y: node.y + node.radius + 1, width, height: style.fontSize * 1.15 };
    if (!inside(box, style) || taken.some((other) => overlaps(box, other))) continue;
    node.label = box;
    taken.push(box);
  }
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges = input.ties.flatMap((tie) => {
    const [a, b] = [at.get(tie.source), at.get(tie.target)];
    return a && b ? [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
  });
  return { width: style.width, height: style.height, nodes, edges };
}
