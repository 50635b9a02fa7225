import type { Core } from 'cytoscape';
import { overviewClasses } from './area-overview';
import { fittedZoom } from './canvas-viewport';
import type { Viewport } from './viewport-resize';

/** An area of the overview as drawn: its centre and diameter in screen pixels. */
export interface DrawnArea {
  id: string;
  x: number;
  y: number;
  size: number;
}

/** An area opens once its disc is this share of the map's shorter side across: it fills a good part of the view. */
export const openAtShare = 0.3;
/** Zoomed out below this share of the zoom that fits the drawing, the map goes up one level. */
export const upBelowShare = 0.4;
/** After the last step of a wheel turn or pinch: the gesture has ended. */
const settleMs = 150;

/**
 * The screen point a zoom kept in place (where the wheel or pinch was, the middle for the zoom
 * buttons and keys), from the viewport before and after; null when the zoom did not change.
 */
export function zoomFocus(before: Viewport, after: Viewport): { x: number; y: number } | null {
  const spread = 1 / before.zoom - 1 / after.zoom;
  if (Math.abs(spread) < 1e-9) return null;
  return {
    x: (before.pan.x / before.zoom - after.pan.x / after.zoom) / spread,
    y: (before.pan.y / before.zoom - after.pan.y / after.zoom) / spread,
  };
}

/** The area zoomed in on (its disc holds the focus, or the nearest within a disc's width) once it is large enough to open. */
export function areaToOpen(areas: readonly DrawnArea[], focus: { x: number; y: number }, view: { width: number; height: number }): string | null {
  const large = Math.min(view.width, view.height) * openAtShare;
  let best: DrawnArea | null = null;
  let bestDistance = Infinity;
  for (const area of areas) {
    const distance = Math.hypot(area.x - focus.x, area.y - focus.y);
    if (area.size >= large && distance <= area.size && distance < bestDistance) [best, bestDistance] = [area, distance];
  }
  return best?.id ?? null;
}

/** The highest zoom the overview needs: its smallest area can grow large enough to open. */
export function overviewMaxZoom(smallestSize: number, view: { width: number; height: number }, usual: number): number {
  const needed = (Math.min(view.width, view.height) * openAtShare * 1.25) / Math.max(smallestSize, 1);
  return Math.max(usual, Math.ceil(needed));
}

export interface SemanticZoomActions {
  /** Zoomed in on an area of the overview until it filled a good part of the view. */
  open?: (areaId: string) => void;
  /** Zoomed out far below the zoom that fits the drawing. */
  up?: () => void;
}

/**
 * Zooming as a way to move between levels: in on an area of the overview opens it, far out of a
 * drawing goes up a level. Judged once a gesture has ended, and only for a gesture begun after the
 * drawing was ready: a wheel still turning when a new level is drawn does not go on to the next.
 */
export class SemanticZoom {
  private actions: SemanticZoomActions = {};
  private last: Viewport;
  private gestureBefore: Viewport | null = null;
  private gestureStart = 0;
  private focus: { x: number; y: number } | null = null;
  private readyAt = Number.POSITIVE_INFINITY;
  private fitAtMost = Number.POSITIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly cy: Core,
    private readonly usualMaxZoom: number,
  ) {
    this.last = this.viewport();
    cy.on('viewport', this.onViewport);
  }

  setActions(actions: SemanticZoomActions): void {
    this.actions = actions;
  }

  /** Called before a drawing is laid out: it is fitted at the usual zoom limits, and nothing is judged meanwhile. */
  laying(): void {
    this.readyAt = Number.POSITIVE_INFINITY;
    this.cy.maxZoom(this.usualMaxZoom);
  }

  /** Called once a drawing is laid out and fitted (zoomed in no further than `fitAtMost`). */
  drawn(fitAtMost = Number.POSITIVE_INFINITY): void {
    this.fitAtMost = fitAtMost;
    const sizes = this.cy.nodes().map((node) => Number(node.data('size')) || 0);
    const view = { width: this.cy.width(), height: this.cy.height() };
    this.cy.maxZoom(this.actions.open && sizes.length > 0 ? overviewMaxZoom(Math.min(...sizes), view, this.usualMaxZoom) : this.usualMaxZoom);
    this.last = this.viewport();
    this.readyAt = performance.now();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.cy.off('viewport', this.onViewport);
  }

  private viewport(): Viewport {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  private readonly onViewport = (): void => {
    if (this.gestureBefore === null) {
      this.gestureBefore = this.last;
      this.gestureStart = performance.now();
      this.focus = null;
    }
    const now = this.viewport();
    // The point the latest zoom step kept in place: a pan in the same gesture does not move it.
    this.focus = zoomFocus(this.last, now) ?? this.focus;
    this.last = now;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.settle, settleMs);
  };

  private readonly settle = (): void => {
    const before = this.gestureBefore;
    this.gestureBefore = null;
    if (!before || this.cy.destroyed() || this.gestureStart < this.readyAt) return;
    const after = this.viewport();
    if (after.zoom > before.zoom && this.actions.open) {
      const focus = this.focus;
      // Only the overview's areas: an actor drawn while the actions still say "overview" (a zoom
      // that focuses a chosen actor right after the switch to actors) must not be opened as one.
      const areas = this.cy.nodes(`.${overviewClasses.area}`).map((node) => ({ id: node.id(), ...node.renderedPosition(), size: (Number(node.data('size')) || 0) * after.zoom }));
      const id = focus && areaToOpen(areas, focus, { width: this.cy.width(), height: this.cy.height() });
      if (id) this.actions.open(id);
    } else if (after.zoom < before.zoom && this.actions.up && this.cy.nodes().nonempty()) {
      const fitted = Math.min(this.fitAtMost, fittedZoom(this.cy));
      if (after.zoom < fitted * upBelowShare) this.actions.up();
    }
  };
}
