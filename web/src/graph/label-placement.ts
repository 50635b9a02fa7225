/**
 * Which actors get a label at the current zoom, and on which side of their node: greedy placement
 * by importance over label boxes on screen. Pure (no Cytoscape), so it is unit-tested and cheap:
 * one sort and a grid lookup per candidate, a few milliseconds for 5,000 actors.
 */
import { BoxGrid, type Box } from './box-grid';

export type { Box } from './box-grid';

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
  /** Width of the whole name when it is longer than textWidth (capped at the wide maximum): shown where there is room. */
  fullWidth?: number;
  /** Lines of the label (an overview area's name, then its count); 1 when absent. */
  lines?: number;
  /** Higher is labelled first (e.g. the node size from the chosen metric, then degree). */
  priority: number;
  /**
   * Always labelled (highlighted actors, the selected actor and its partners): placed before all
   * others, on a free side when there is one, else where it lies least on other labels.
   */
  forced: boolean;
  /** Sides allowed, in order of preference; all eight when absent. */
  sides?: readonly LabelSide[];
  /** An area box around other candidates: its name is placed, but its box is no node to keep clear of. */
  area?: boolean;
  /**
   * The area box the actor is drawn in (group by): its name may lie on that box but on no other, so
   * it is not read as another area's. Any actor's name keeps off the boxes it is not in.
   */
  within?: string;
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


/** The screen box of a label on one side of its node, with the renderer's padding. */
export function labelBox(candidate: LabelCandidate, side: LabelSide, geometry: LabelGeometry): Box {
  const { x, y, textWidth } = candidate;
  const [halfWidth, halfHeight] = [candidate.width / 2, candidate.height / 2];
  const { gap, pad } = geometry;
  // The height of the text: one font size per line (Cytoscape's line height is 1).
  const fontPx = geometry.fontPx * (candidate.lines ?? 1);
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

/** Owner of the blocked areas in the label grid: never moved. */
const blockedOwner = '\u0000blocked';

/** The state of one placement: the labels placed so far and the nodes they must keep clear of. */
class Placement {
  readonly placed = new Map<string, LabelSide>();
  private readonly labels: BoxGrid;
  private readonly labelled: BoxGrid;
  private readonly everyNode: BoxGrid;
  private readonly areas: BoxGrid;

  constructor(private readonly geometry: LabelGeometry, candidates: readonly LabelCandidate[]) {
    const cell = Math.max(32, geometry.fontPx * 6);
    [this.labels, this.labelled, this.everyNode, this.areas] = [new BoxGrid(cell), new BoxGrid(cell), new BoxGrid(cell), new BoxGrid(cell)];
    for (const candidate of candidates) (candidate.area ? this.areas : this.everyNode).add(nodeBox(candidate), candidate.id);
    for (const box of geometry.blocked ?? []) this.labels.add(box, blockedOwner);
  }

  /** Whether a label box is free: of other labels (but `moving`), labelled nodes, other area boxes, and with `clearOfAll` any node. */
  fits(candidate: LabelCandidate, box: Box, clearOfAll: boolean, moving?: string): boolean {
    return (
      (candidate.forced || inside(box, this.geometry.viewport)) &&
      !this.labels.collides(box, moving) &&
      !this.labelled.collides(box, candidate.id) &&
      (candidate.forced || candidate.area === true || !this.areas.collides(box, candidate.within)) &&
      (!clearOfAll || !this.everyNode.collides(box, candidate.id))
    );
  }

  /** An earlier label over the middle of this actor's node: labelling it would be read as the other's. */
  covered(candidate: LabelCandidate): boolean {
    return this.labels.collides(nodeBox(candidate, 0.5), candidate.id);
  }

  sideFor(candidate: LabelCandidate, moving?: string): LabelSide | undefined {
    const sides = candidate.sides ?? labelSides;
    const box = (side: LabelSide) => labelBox(candidate, side, this.geometry);
    return sides.find((side) => this.fits(candidate, box(side), true, moving)) ?? sides.find((side) => this.fits(candidate, box(side), false, moving));
  }

  /**
   * For a forced label with no free side: the side where it lies least on other labels. A name over
   * a node stays legible in its white outline; over another name neither can be read.
   */
  leastCovered(candidate: LabelCandidate): LabelSide {
    const sides = candidate.sides ?? labelSides;
    let best = sides[0] ?? 'below';
    let covered = Infinity;
    for (const side of sides) {
      const area = this.labels.coveredArea(labelBox(candidate, side, this.geometry), candidate.id);
      if (area < covered) [best, covered] = [side, area];
    }
    return best;
  }

  put(candidate: LabelCandidate, side: LabelSide): void {
    this.labels.add(labelBox(candidate, side, this.geometry), candidate.id);
    if (!candidate.area) this.labelled.add(nodeBox(candidate), candidate.id);
    this.placed.set(candidate.id, side);
  }

  take(id: string): void {
    this.labels.remove(id);
    this.labelled.remove(id);
    this.placed.delete(id);
  }

  /** The one placed label in the way of this box, when there is exactly one and it may move. */
  soleBlocker(box: Box): string | undefined {
    const owners = [...this.labels.owners(box)];
    return owners.length === 1 && owners[0] !== blockedOwner ? owners[0] : undefined;
  }
}

/**
 * A second chance for an unlabelled actor: where exactly one label is in its way, that label moves
 * to another of its sides if one is free, and both are named.
 */
function makeRoom(placement: Placement, candidate: LabelCandidate, byId: ReadonlyMap<string, LabelCandidate>, geometry: LabelGeometry): boolean {
  for (const side of candidate.sides ?? labelSides) {
    const box = labelBox(candidate, side, geometry);
    const blocker = placement.soleBlocker(box);
    const other = blocker === undefined ? undefined : byId.get(blocker);
    const otherSide = other && placement.placed.get(other.id);
    if (!other || !otherSide || !placement.fits(candidate, box, false, other.id)) continue;
    placement.take(other.id);
    placement.put(candidate, side);
    const moved = placement.sideFor(other);
    if (moved && moved !== otherSide) {
      placement.put(other, moved);
      if (!placement.covered(other) && !placement.covered(candidate)) return true;
      placement.take(other.id);
    }
    placement.take(candidate.id);
    placement.put(other, otherSide);
  }
  return false;
}

/**
 * Labels that fit without overlapping one another, most important first. A label never covers the
 * node of another labelled actor, and covers an unlabelled one only when no side is free of them;
 * an actor whose node lies under an earlier label gets none, so a name is never read as another
 * node's. A candidate whose label fits on none of its sides (inside the viewport, clear of what was
 * placed before it, also after moving one label out of the way) gets none; it appears when zooming
 * in gives it room. Forced candidates are always labelled, on a free side when there is one, else
 * where they lie least on other labels.
 */
export function placeLabels(candidates: readonly LabelCandidate[], geometry: LabelGeometry): Map<string, LabelSide> {
  return placeLabelsOn(new Placement(geometry, candidates), candidates, geometry);
}

function placeLabelsOn(placement: Placement, candidates: readonly LabelCandidate[], geometry: LabelGeometry): Map<string, LabelSide> {
  const ordered = [...candidates].sort(byImportance);
  const left: LabelCandidate[] = [];
  for (const candidate of ordered) {
    if (!candidate.forced && placement.covered(candidate)) continue;
    const side = placement.sideFor(candidate) ?? (candidate.forced ? placement.leastCovered(candidate) : undefined);
    if (side) placement.put(candidate, side);
    else left.push(candidate);
  }
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  for (const candidate of left) makeRoom(placement, candidate, byId, geometry);
  return placement.placed;
}

/** The placed labels and which of them show the whole name (see LabelCandidate.fullWidth). */
export interface WidenedPlacement {
  sides: Map<string, LabelSide>;
  wide: Set<string>;
}

/**
 * placeLabels, then the whole name instead of the shortened one where it fits on the side the name
 * was placed: a last pass, in order of importance, so that long names never cost another actor its
 * label. The whole name never moves to another side to fit: a long name on a corner or beside the
 * node ends far from it, under or beside another node, and reads as that node's.
 */
export function placeWideLabels(candidates: readonly LabelCandidate[], geometry: LabelGeometry): WidenedPlacement {
  const placement = new Placement(geometry, candidates);
  const sides = placeLabelsOn(placement, candidates, geometry);
  const wide = new Set<string>();
  for (const candidate of [...candidates].sort(byImportance)) {
    const side = sides.get(candidate.id);
    if (!side || !candidate.fullWidth || candidate.fullWidth <= candidate.textWidth) continue;
    const widened = { ...candidate, textWidth: candidate.fullWidth };
    placement.take(candidate.id);
    if (placement.fits(widened, labelBox(widened, side, geometry), false)) {
      placement.put(widened, side);
      wide.add(candidate.id);
    } else {
      placement.put(candidate, side);
    }
  }
  return { sides: placement.placed, wide };
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
/** Longest whole name shown where there is room for it (placeWideLabels). */
export const labelWideWidthEm = 24;
