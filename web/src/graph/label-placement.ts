/**
 * Which actors get a label at the current zoom, and on which side of their node: greedy placement
 * by importance over label boxes on screen. Pure (no Cytoscape), so it is unit-tested and cheap:
 * one sort and a grid lookup per candidate, a few milliseconds for 5,000 actors.
 */

/**
 * Where a label sits around its node; below is tried first (the familiar place), then above, right,
 * left, and last the four corners (as map makers place names around a point).
 */
export type LabelSide = 'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';
export const labelSides: readonly LabelSide[] = ['below', 'above', 'right', 'left', 'below-right', 'below-left', 'above-right', 'above-left'];

/** An actor that could be labelled, in screen pixels (rendered coordinates). */
export interface LabelCandidate {
  id: string;
  /** Centre of the node on screen. */
  x: number;
  y: number;
  /** Node size on screen. */
  width: number;
  height: number;
  /** Width of the label text on screen at the current font size (already capped at the maximum width). */
  textWidth: number;
  /** Higher is labelled first (e.g. the node size from the chosen metric, then degree). */
  priority: number;
  /**
   * Always labelled (highlighted actors, the selected actor and its partners): placed before all
   * others, on a free side when there is one, else below even if that overlaps.
   */
  forced: boolean;
  /** Sides allowed, in order of preference; all four when absent. */
  sides?: readonly LabelSide[];
}

/** The screen geometry that labels share at one zoom. */
export interface LabelGeometry {
  /** The visible drawing area; labels must lie inside it (forced ones excepted). */
  viewport: { width: number; height: number };
  /** Font size on screen (one line, so also the text height). */
  fontPx: number;
  /** Space between node and label on screen. */
  gap: number;
  /** What the renderer adds around each label box on each side (outline, rounding margin). */
  pad: number;
  /** Parts of the view covered by something else (the zoom buttons, a banner): no label goes there. */
  blocked?: readonly Box[];
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The screen box of a label on one side of its node, with the renderer's padding. */
export function labelBox(candidate: LabelCandidate, side: LabelSide, geometry: LabelGeometry): Box {
  const { x, y, textWidth } = candidate;
  const [halfWidth, halfHeight] = [candidate.width / 2, candidate.height / 2];
  const { fontPx, gap, pad } = geometry;
  // Corners touch the node's bounding square; the sides keep a gap from the node.
  const [x1, y1] = {
    below: [x - textWidth / 2, y + halfHeight + gap],
    above: [x - textWidth / 2, y - halfHeight - gap - fontPx],
    right: [x + halfWidth + gap, y - fontPx / 2],
    left: [x - halfWidth - gap - textWidth, y - fontPx / 2],
    'below-right': [x + halfWidth, y + halfHeight],
    'below-left': [x - halfWidth - textWidth, y + halfHeight],
    'above-right': [x + halfWidth, y - halfHeight - fontPx],
    'above-left': [x - halfWidth - textWidth, y - halfHeight - fontPx],
  }[side] as [number, number];
  return { x1: x1 - pad, y1: y1 - pad, x2: x1 + textWidth + pad, y2: y1 + fontPx + pad };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Placed boxes bucketed in square cells, so a test for overlap looks at a few neighbours only. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(box: Box): number[] {
    const keys: number[] = [];
    const [cx1, cx2] = [Math.floor(box.x1 / this.cell), Math.floor(box.x2 / this.cell)];
    const [cy1, cy2] = [Math.floor(box.y1 / this.cell), Math.floor(box.y2 / this.cell)];
    // Cells are keyed as one number; offsets keep negative coordinates (boxes just off screen) apart.
    for (let cx = cx1; cx <= cx2; cx += 1) for (let cy = cy1; cy <= cy2; cy += 1) keys.push((cx + 4096) * 8192 + (cy + 4096));
    return keys;
  }

  collides(box: Box, except?: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => other !== except && boxesOverlap(box, other)) ?? false);
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }
}

function inside(box: Box, viewport: LabelGeometry['viewport']): boolean {
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= viewport.width && box.y2 <= viewport.height;
}

/** Forced first, then by priority (highest first); ids break ties so the same view gives the same labels. */
export function byImportance(a: LabelCandidate, b: LabelCandidate): number {
  if (a.forced !== b.forced) return a.forced ? -1 : 1;
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function nodeBox({ x, y, width, height }: LabelCandidate, share = 1): Box {
  const [halfWidth, halfHeight] = [(width * share) / 2, (height * share) / 2];
  return { x1: x - halfWidth, y1: y - halfHeight, x2: x + halfWidth, y2: y + halfHeight };
}

/**
 * Labels that fit without overlapping one another, most important first. A label never covers the
 * node of another labelled actor, and covers an unlabelled one only when no side is free of them;
 * an actor whose node lies under an earlier label gets none, so a name is never read as another
 * node's. A candidate whose label fits on none of its sides (inside the viewport, clear of what was
 * placed before it) gets none; it appears when zooming in gives it room.
 */
export function placeLabels(candidates: readonly LabelCandidate[], geometry: LabelGeometry): Map<string, LabelSide> {
  const placed = new Map<string, LabelSide>();
  const cell = Math.max(32, geometry.fontPx * 6);
  const labels = new BoxGrid(cell);
  const labelled = new BoxGrid(cell);
  const everyNode = new BoxGrid(cell);
  const nodes = new Map(candidates.map((candidate) => [candidate.id, nodeBox(candidate)]));
  for (const box of nodes.values()) everyNode.add(box);
  for (const box of geometry.blocked ?? []) labels.add(box);
  for (const candidate of [...candidates].sort(byImportance)) {
    const sides = candidate.sides ?? labelSides;
    const own = nodes.get(candidate.id);
    if (!candidate.forced && labels.collides(nodeBox(candidate, 0.5))) continue;
    const free = (box: Box, clearOfAll: boolean) =>
      !labels.collides(box) && !labelled.collides(box) && (!clearOfAll || !everyNode.collides(box, own)) && (candidate.forced || inside(box, geometry.viewport));
    const chosen =
      sides.find((side) => free(labelBox(candidate, side, geometry), true)) ??
      sides.find((side) => free(labelBox(candidate, side, geometry), false)) ??
      (candidate.forced ? (sides[0] ?? 'below') : undefined);
    if (!chosen) continue;
    labels.add(labelBox(candidate, chosen, geometry));
    if (own) labelled.add(own);
    placed.set(candidate.id, chosen);
  }
  return placed;
}

/**
 * Label font size on screen at a zoom: 12 px when zoomed out (readable, so that fewer but legible
 * labels are drawn), growing slowly when zoomed in, up to 16 px.
 */
export function labelFontPx(zoom: number): number {
  return Math.min(16, Math.max(12, 12 * Math.pow(Math.max(zoom, 0), 0.25)));
}

/** Longest label on screen, in multiples of the font size; longer names end in an ellipsis. */
export const labelMaxWidthEm = 11;
