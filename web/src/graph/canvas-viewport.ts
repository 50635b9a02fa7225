import type { Core } from 'cytoscape';
import { coveringBoxes } from './label-layer';
import { boxInView, fittedViewport, resizedViewport, stretchToFill, type CoveredEdges } from './viewport-resize';

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
    fitDrawing(cy);
    return;
  }
  cy.viewport(resizedViewport({ zoom: cy.zoom(), pan: cy.pan() }, before, after, { min: cy.minZoom(), max: cy.maxZoom() }));
}

/** Stretches a freshly laid-out drawing to the canvas's shape, so names get the room there is (fit it after). */
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
}

/** The padding around a fitted drawing, in screen pixels. */
export const fitPaddingPx = 30;

/**
 * How far what is drawn over the map (coveringBoxes) reaches in from its top and bottom edges:
 * boxes starting in its upper third cover the top, those ending in its lower third the bottom.
 */
function coveredEdges(cy: Core): CoveredEdges {
  const height = cy.height();
  const covered = { top: 0, bottom: 0 };
  for (const box of coveringBoxes(cy)) {
    if (box.x2 <= box.x1 || box.y2 <= box.y1) continue;
    if (box.y1 < height / 3) covered.top = Math.max(covered.top, box.y2);
    else if (box.y2 > (height * 2) / 3) covered.bottom = Math.max(covered.bottom, height - box.y1);
  }
  return covered;
}

/**
 * Shows the whole drawing, clear of the area trail above it and the zoom buttons below it
 * (fittedViewport), zoomed in no further than `zoomAtMost`.
 */
export function fitDrawing(cy: Core, zoomAtMost = Number.POSITIVE_INFINITY): void {
  if (cy.elements().empty()) return;
  const limits = { min: cy.minZoom(), max: Math.min(cy.maxZoom(), zoomAtMost) };
  cy.viewport(fittedViewport(cy.elements().boundingBox(), { width: cy.width(), height: cy.height() }, coveredEdges(cy), fitPaddingPx, limits));
}

/** The zoom at which the whole drawing (its nodes, not their names) would be fitted into the canvas, as fitDrawing fits it. */
export function fittedZoom(cy: Core): number {
  return fittedViewport(cy.nodes().boundingBox({ includeLabels: false }), { width: cy.width(), height: cy.height() }, coveredEdges(cy), fitPaddingPx, { min: cy.minZoom(), max: cy.maxZoom() }).zoom;
}
