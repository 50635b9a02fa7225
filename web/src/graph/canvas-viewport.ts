import type { Core } from 'cytoscape';
import { boxInView, resizedViewport, stretchToFill } from './viewport-resize';

/**
 * After the canvas changed size: when the whole drawing was in view, fit it again (the map is
 * refitted, not cut off); otherwise keep what was in view, scaled to the new size.
 */
export function keepInView(cy: Core): void {
  const before = { width: cy.width(), height: cy.height() };
  const wasWhole = cy.nodes().nonempty() && boxInView(cy.nodes().renderedBoundingBox({ includeLabels: false }), before);
  cy.resize();
  const after = { width: cy.width(), height: cy.height() };
  if (after.width === before.width && after.height === before.height) return;
  if (wasWhole && after.width > 0 && after.height > 0) {
    cy.fit(undefined, 30);
    return;
  }
  cy.viewport(resizedViewport({ zoom: cy.zoom(), pan: cy.pan() }, before, after, { min: cy.minZoom(), max: cy.maxZoom() }));
}

/** Stretches a freshly laid-out drawing to the canvas's shape and fits it, so names get the room there is. */
export function fillCanvas(cy: Core): void {
  const actors = cy.nodes().not(':parent');
  if (actors.length < 2) return;
  const box = actors.boundingBox({ includeLabels: false });
  const stretch = stretchToFill({ width: box.w, height: box.h }, { width: cy.width(), height: cy.height() });
  if (stretch.x === 1 && stretch.y === 1) return;
  const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  cy.batch(() => {
    actors.positions((node) => {
      const { x, y } = node.position();
      return { x: middle.x + (x - middle.x) * stretch.x, y: middle.y + (y - middle.y) * stretch.y };
    });
  });
  cy.fit(undefined, 30);
}

/** The padding around a fitted drawing, in screen pixels (as every `cy.fit` here uses). */
export const fitPaddingPx = 30;

/** The zoom at which the whole drawing (its nodes, not their names) would be fitted into the canvas. */
export function fittedZoom(cy: Core): number {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const zoom = Math.min((cy.width() - 2 * fitPaddingPx) / Math.max(box.w, 1), (cy.height() - 2 * fitPaddingPx) / Math.max(box.h, 1));
  return Math.min(cy.maxZoom(), Math.max(cy.minZoom(), zoom));
}
