import type { Core, NodeSingular } from 'cytoscape';
import { focusClasses, labelClasses, viewClasses } from './graph-style';
import { measuredPx, TextWidths, widestLine } from './text-widths';
import { labelFontPx, labelMaxWidthEm, labelSides, labelWideWidthEm, placeWideLabels, type Box, type LabelCandidate, type LabelSide } from './label-placement';

/** Screen pixels between a node and its label, and of the white outline around the letters. */
const gapPx = 3;
const outlinePx = 2;
/** Cytoscape widens every label box by this many model units ("browser dimension inaccuracies"). */
const rendererMargin = 2;
/** Wait this long after the last pan or zoom step before placing again: placing on every frame would cost frames. */
const settleMs = 120;

/** Elements drawn over the map (zoom buttons, banners) carry this attribute: labels keep out from under them, fits clear of them. */
export const coversMapAttribute = 'data-covers-map';

/** Boxes, in screen pixels relative to the map, of what is drawn over it (elements with `coversMapAttribute`). */
export function coveringBoxes(cy: Core): Box[] {
  const container = cy.container();
  const host = container?.parentElement;
  if (!container || !host) return [];
  const origin = container.getBoundingClientRect();
  return [...host.querySelectorAll(`[${coversMapAttribute}]`)].map((element) => {
    const rect = element.getBoundingClientRect();
    return { x1: rect.left - origin.left, y1: rect.top - origin.top, x2: rect.right - origin.left, y2: rect.bottom - origin.top };
  });
}

/** Label size during a layout, relative to 12 px (see labelAllForLayout). */
const layoutLabelScale = 1.3;
/** Label size in exports, relative to 12 px (see withEveryLabel). */
const exportLabelScale = 10 / 12;
const layerKey = 'weefselLabelLayer';

const sideClasses = new Map<LabelSide, string>(labelSides.map((side) => [side, labelClasses.side(side)]));
const allLabelClasses = [labelClasses.on, labelClasses.wide, ...sideClasses.values()];

/**
 * Decides which actors carry a label at the current zoom (label-placement.ts) and applies it as
 * classes and a `labelScale` data field, which the stylesheet turns into a font of a fixed size on
 * screen. Placed again once a pan or zoom has rested, after a layout or resize, and when the canvas
 * says what is highlighted or focused changed (refresh).
 */
export class LabelLayer {
  private readonly widths = new TextWidths();
  private placed = new Map<string, LabelSide>();
  private degrees: ReadonlyMap<string, number> = new Map();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cy: Core) {
    cy.scratch(layerKey, this);
    // Not on add or remove: Cytoscape emits those once per element, and the canvas asks after a patch.
    cy.on('viewport layoutstop resize dragfree', this.schedule);
  }

  /** Ties per actor, the second measure of importance after the node size (the chosen metric). */
  setDegrees(degrees: ReadonlyMap<string, number>): void {
    this.degrees = degrees;
    this.schedule();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.cy.off('viewport layoutstop resize dragfree', this.schedule);
    if (this.cy.scratch(layerKey) === this) this.cy.removeScratch(layerKey);
  }

  /**
   * Runs `draw` (an export) with every actor named at a 10 px drawing size, as exports always were:
   * an exported picture cannot place names again when its reader zooms in, a vector one can be zoomed.
   */
  withEveryLabel<T>(draw: () => T): T {
    this.labelAll(exportLabelScale);
    try {
      return draw();
    } finally {
      this.refresh();
    }
  }

  readonly schedule = (): void => {
    clearTimeout(this.timer);
    this.mark('pending');
    this.timer = setTimeout(this.refresh, settleMs);
  };

  /** Places the labels now (e.g. before the canvas tells tests the drawing is ready). */
  readonly refresh = (): void => {
    clearTimeout(this.timer);
    if (this.cy.destroyed()) return;
    const zoom = this.cy.zoom();
    const fontPx = labelFontPx(zoom);
    const next = placeWideLabels(this.candidates(zoom, fontPx), {
      viewport: { width: this.cy.width(), height: this.cy.height() },
      fontPx,
      gap: gapPx * (fontPx / measuredPx),
      pad: outlinePx * (fontPx / measuredPx) + rendererMargin * zoom + 0.5,
      blocked: coveringBoxes(this.cy),
    });
    this.apply(next.sides, fontPx / measuredPx / zoom, next.wide);
    this.mark('placed');
  };

  /**
   * Every actor labelled, so that a layout which measures labels (nodeDimensionsIncludeLabels)
   * leaves room for them; placed properly once it stops. A little larger than 12 px: the fitted
   * drawing is usually shown zoomed out, where names take more room than they did in the layout.
   */
  labelAllForLayout(): void {
    this.labelAll(layoutLabelScale);
  }

  private labelAll(scale: number): void {
    clearTimeout(this.timer);
    const all = new Map<string, LabelSide>();
    this.cy.nodes().forEach((node) => {
      all.set(node.id(), node.isParent() ? 'above' : 'below');
    });
    this.apply(all, scale);
  }

  /**
   * On the map's host, never on Cytoscape's container: Cytoscape takes any change of that element's
   * attributes for a resize, and a resize places the labels again, which would mark it again, for ever.
   */
  private mark(state: 'pending' | 'placed'): void {
    const host = this.cy.container()?.parentElement;
    if (host && host.dataset.labels !== state) host.dataset.labels = state;
  }

  private candidates(zoom: number, fontPx: number): LabelCandidate[] {
    const pan = this.cy.pan();
    const [width, height] = [this.cy.width(), this.cy.height()];
    const scale = fontPx / measuredPx;
    const maxText = labelMaxWidthEm * fontPx;
    const result: LabelCandidate[] = [];
    const grouped = this.cy.nodes(':parent').nonempty();
    this.cy.nodes().forEach((node: NodeSingular) => {
      if (node.isParent()) {
        const area = this.areaCandidate(node, scale, maxText);
        if (area) result.push(area);
        return;
      }
      if (node.hasClass(viewClasses.dimmed) || node.hasClass(focusClasses.faded)) return;
      const position = node.position();
      const x = position.x * zoom + pan.x;
      const y = position.y * zoom + pan.y;
      const size = Number(node.data('size')) || 0;
      const radius = (size * zoom) / 2;
      if (x + radius < 0 || y + radius < 0 || x - radius > width || y - radius > height) return;
      const label = String(node.data('label') ?? '');
      if (!label) return;
      const focused = node.hasClass(focusClasses.highlighted) || node.selected();
      const measured = this.widestLine(label, focused) * scale + 1;
      const textWidth = Math.min(maxText, measured);
      // A shortened label that must keep its end (an area's count) has its whole form beside it.
      const wideLabel: unknown = node.data('wideLabel');
      const whole = typeof wideLabel === 'string' ? this.widestLine(wideLabel, focused) * scale + 1 : measured;
      // Such a whole form is shown only when it fits the wide maximum: cut there, it would lose its end after all.
      const fullWidth = whole > textWidth && (typeof wideLabel !== 'string' || whole <= labelWideWidthEm * fontPx) ? Math.min(labelWideWidthEm * fontPx, whole) : undefined;
      const forced = focused || node.hasClass(viewClasses.highlighted);
      const priority = size * 100_000 + (this.degrees.get(node.id()) ?? 0) + (node.selected() ? 1e9 : 0);
      const within = grouped && node.isChild() ? node.parent().first().id() : undefined;
      const lines = label.split('\n').length;
      result.push({ id: node.id(), x, y, width: size * zoom, height: size * zoom, textWidth, fullWidth, lines, priority, forced, within });
    });
    return result;
  }

  /** The widest line of a label at 12 px (an overview area's has two: its name, then its count). */
  private widestLine(label: string, bold: boolean): number {
    return widestLine(label, (line) => this.widths.at12(line, bold));
  }

  /** An area box's name, always shown (bold, above the box): the actors' names keep clear of it. */
  private areaCandidate(node: NodeSingular, scale: number, maxText: number): LabelCandidate | null {
    const label = String(node.data('label') ?? '');
    if (!label) return null;
    const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    const textWidth = Math.min(maxText, this.widths.at12(label, true) * scale + 1);
    return { id: node.id(), x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2, width: box.w, height: box.h, textWidth, priority: 0, forced: true, sides: ['above'], area: true };
  }

  private apply(next: Map<string, LabelSide>, labelScale: number, wide: ReadonlySet<string> = new Set()): void {
    const rounded = Math.round(labelScale * 1e4) / 1e4;
    this.cy.batch(() => {
      for (const id of this.placed.keys()) {
        if (next.has(id)) continue;
        const node = this.cy.getElementById(id);
        if (node.nonempty()) node.removeClass(allLabelClasses);
      }
      for (const [id, side] of next) {
        const node = this.cy.getElementById(id);
        if (node.data('labelScale') !== rounded) node.data('labelScale', rounded);
        if (this.placed.get(id) === side && node.hasClass(labelClasses.on) && node.hasClass(labelClasses.wide) === wide.has(id)) continue;
        node.removeClass(allLabelClasses).addClass([labelClasses.on, sideClasses.get(side) ?? '', ...(wide.has(id) ? [labelClasses.wide] : [])]);
      }
    });
    this.placed = next;
  }
}

/** Runs an export with every actor named (see LabelLayer.withEveryLabel); as is without a label layer. */
export function withEveryLabel<T>(cy: Core, draw: () => T): T {
  const layer = cy.scratch(layerKey) as LabelLayer | undefined;
  return layer ? layer.withEveryLabel(draw) : draw();
}
