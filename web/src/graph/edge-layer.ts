import type { Core, ElementDefinition } from 'cytoscape';
import type { OverviewTieData } from './area-overview';
import type { EdgeElementData } from './build-elements';
import { overviewTieColor, overviewTieOpacity, relationKindColors, statusStyles } from './graph-style';
import { withEveryLabel } from './label-layer';

/** One stroke call: every tie drawn with the same look, as one canvas path. */
export interface StrokeBatch {
  color: string;
  /** On screen, in CSS pixels at zoom 1 (thinner lines stay one pixel wide when zoomed out). */
  width: number;
  alpha: number;
  dash: number[];
  ends: [string, string][];
}

/** Ties to draw in front, bold; the others are dimmed while there are any. */
export interface EdgeEmphasis {
  edges: ReadonlySet<string>;
}

const structuralColor = '#c3c7cc';
const unshifted = 'translate(0px, 0px)';

/** What the layer draws: a relation of a scope, or a bundle of ties between two areas of the overview. */
export type LayerEdgeData = EdgeElementData | OverviewTieData;

function lookOf(edge: LayerEdgeData, emphasis: EdgeEmphasis | null): Omit<StrokeBatch, 'ends'> {
  // As the stylesheet draws the overview's bundles when they are Cytoscape's (exports).
  if ('ties' in edge) return { color: overviewTieColor, width: edge.width, alpha: overviewTieOpacity, dash: [] };
  const collaboration = edge.tie === 'collaboration';
  const emphasised = emphasis?.edges.has(edge.id) ?? false;
  const color = collaboration ? (relationKindColors.get(edge.kind) ?? '#4a4f57') : structuralColor;
  const statusAlpha = edge.status === 'ENDED' ? statusStyles.ENDED.opacity : 1;
  const alpha = emphasised ? 1 : emphasis ? 0.08 : statusAlpha * (collaboration ? 0.6 : 0.8);
  const dash = edge.status === 'PLANNED' ? [6, 4] : collaboration ? [] : [2, 3];
  return { color, width: emphasised ? 3 : collaboration ? 1 : 0.75, alpha, dash };
}

/**
 * Group the ties by look, in drawing order: structural first, then collaboration, emphasised last
 * (on top). A few batches of thousands of segments draw far faster than one call per tie.
 */
export function strokeBatches(edges: readonly LayerEdgeData[], emphasis: EdgeEmphasis | null): StrokeBatch[] {
  const batches = new Map<string, StrokeBatch>();
  for (const edge of edges) {
    const look = lookOf(edge, emphasis);
    const key = `${look.width}|${look.alpha}|${look.color}|${look.dash.join(',')}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { ...look, ends: [] }));
    batch.ends.push([edge.source, edge.target]);
  }
  const rank = (batch: StrokeBatch) => batch.width * 10 + batch.alpha;
  return [...batches.values()].sort((a, b) => rank(a) - rank(b));
}

/** Where the canvas keeps the ties it does not hand to Cytoscape, for exports (withAllEdges). */
const hiddenEdgesKey = 'weefselHiddenEdges';

/**
 * Draws the ties of a large scope on a plain canvas under Cytoscape's, following its pan, zoom and
 * node positions. While only the pan changes the drawn picture is moved (a CSS transform: no
 * redraw), and redrawn once the pan has rested, so panning costs what drawing the nodes costs.
 */
export class EdgeLayer {
  private readonly canvas = document.createElement('canvas');
  private batches: StrokeBatch[] = [];
  private drawn: { zoom: number; x: number; y: number } | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;
  /** The shift of the drawn picture now shown: none after a redraw, the pan since while one waits for the pan to rest. */
  private shifted = unshifted;
  private readonly margin: number;

  constructor(private readonly cy: Core) {
    const container = cy.container();
    if (!container) throw new Error('EdgeLayer: the Cytoscape instance has no container to draw in');
    // Room around the view, so a pan of up to this many pixels needs no redraw.
    this.margin = Math.round(Math.max(container.clientWidth, container.clientHeight) / 2);
    Object.assign(this.canvas.style, { position: 'absolute', left: `${-this.margin}px`, top: `${-this.margin}px`, pointerEvents: 'none' });
    this.canvas.className = 'edge-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.insertBefore(this.canvas, container.firstChild);
    cy.on('render', this.onRender);
    // Nodes move by a layout or a drag; listening to 'position' would add a call per node to every layout.
    cy.on('layoutstop drag resize', this.invalidate);
  }

  setEdges(definitions: readonly ElementDefinition[], emphasis: EdgeEmphasis | null): void {
    const edges = definitions.map((definition) => definition.data as LayerEdgeData);
    this.cy.scratch(hiddenEdgesKey, definitions);
    this.batches = strokeBatches(edges, emphasis);
    this.draw();
  }

  destroy(): void {
    clearTimeout(this.settle);
    this.cy.off('render', this.onRender);
    this.cy.off('layoutstop drag resize', this.invalidate);
    this.canvas.remove();
  }

  private readonly invalidate = () => {
    this.drawn = null;
  };

  private readonly onRender = () => {
    const { drawn } = this;
    const pan = this.cy.pan();
    const dx = drawn ? pan.x - drawn.x : Infinity;
    const dy = drawn ? pan.y - drawn.y : Infinity;
    if (drawn && drawn.zoom === this.cy.zoom() && Math.abs(dx) < this.margin && Math.abs(dy) < this.margin) {
      const transform = `translate(${dx}px, ${dy}px)`;
      // Only a pan shifts the picture and puts the redraw off: renders of other changes (labels placed after it) do neither.
      if (this.shifted === transform) return;
      this.shifted = transform;
      this.canvas.style.transform = transform;
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.draw(), 150);
      return;
    }
    this.draw();
  };

  private draw(): void {
    clearTimeout(this.settle);
    this.shifted = unshifted;
    const container = this.cy.container();
    if (!container) return;
    const width = container.clientWidth + 2 * this.margin;
    const height = container.clientHeight + 2 * this.margin;
    if (this.canvas.width !== width || this.canvas.height !== height) Object.assign(this.canvas, { width, height });
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    context.setTransform(zoom, 0, 0, zoom, pan.x + this.margin, pan.y + this.margin);
    const positions = new Map<string, { x: number; y: number }>();
    this.cy.nodes().forEach((node) => {
      positions.set(node.id(), node.position());
    });
    for (const batch of this.batches) {
      context.beginPath();
      for (const [source, target] of batch.ends) {
        const a = positions.get(source);
        const b = positions.get(target);
        if (!a || !b) continue;
        context.moveTo(a.x, a.y);
        context.lineTo(b.x, b.y);
      }
      context.globalAlpha = batch.alpha;
      context.strokeStyle = batch.color;
      context.lineWidth = Math.max(1, batch.width * zoom) / zoom;
      context.setLineDash(batch.dash.map((length) => length / zoom));
      context.stroke();
    }
    this.canvas.style.transform = '';
    this.drawn = { zoom, x: pan.x, y: pan.y };
  }
}

/**
 * Runs `draw` (an export) with the ties the edge layer draws added to Cytoscape for that moment,
 * so PNG and SVG exports of a large scope show them, and with every actor named (label-layer.ts).
 * Slow on large scopes, but only when asked.
 */
export function withAllEdges<T>(cy: Core, draw: () => T): T {
  const hidden = cy.scratch(hiddenEdgesKey) as ElementDefinition[] | undefined;
  if (!hidden?.length) return withEveryLabel(cy, draw);
  const added = cy.add(hidden);
  try {
    return withEveryLabel(cy, draw);
  } finally {
    cy.remove(added);
  }
}
