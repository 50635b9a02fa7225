/** A Cytoscape viewport: zoom and pan (the screen position of the model origin). */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The viewport after the canvas changed from `before` to `after` in size: the part of the drawing
 * that was in view stays in view, around the same middle, scaled by how much the canvas shrank or
 * grew (the tighter of width and height), so a narrower canvas shows the same picture smaller
 * instead of cutting its sides off. Unchanged when either size is empty (a hidden canvas).
 */
export function resizedViewport(view: Viewport, before: Size, after: Size, limits: { min: number; max: number }): Viewport {
  if (before.width <= 0 || before.height <= 0 || after.width <= 0 || after.height <= 0) return view;
  const middle = { x: (before.width / 2 - view.pan.x) / view.zoom, y: (before.height / 2 - view.pan.y) / view.zoom };
  const factor = Math.min(after.width / before.width, after.height / before.height);
  const zoom = Math.min(limits.max, Math.max(limits.min, view.zoom * factor));
  return { zoom, pan: { x: after.width / 2 - middle.x * zoom, y: after.height / 2 - middle.y * zoom } };
}

/** Whether a box (in screen pixels) lies wholly inside the canvas: then the whole drawing was in view. */
export function boxInView(box: { x1: number; y1: number; x2: number; y2: number }, size: Size): boolean {
  return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= size.width + 1 && box.y2 <= size.height + 1;
}

/**
 * How much to stretch a drawing along one axis so that its shape matches the canvas's: a wide,
 * flat drawing in a squarish canvas leaves bands empty while names crowd in the middle. Labels
 * are wide and one line high, so the vertical room is what they lack most. At most `max` times.
 */
export function stretchToFill(drawing: Size, canvas: Size, max = 2.2): { x: number; y: number } {
  if (drawing.width <= 0 || drawing.height <= 0 || canvas.width <= 0 || canvas.height <= 0) return { x: 1, y: 1 };
  const ratio = drawing.width / drawing.height / (canvas.width / canvas.height);
  return ratio > 1 ? { x: 1, y: Math.min(max, ratio) } : { x: Math.min(max, 1 / ratio), y: 1 };
}

/** How far what is drawn over the map reaches in from its top and bottom edges, in screen pixels. */
export interface CoveredEdges {
  top: number;
  bottom: number;
}

/**
 * The viewport that shows the whole drawing (its box in model units) in the canvas, `padding`
 * pixels clear of the edges and of what covers the top and bottom of the map (the area trail, the
 * zoom buttons), centred in the free band. Where the covers would leave less than half the height,
 * they are ignored: on a short map the drawing is better shown large, under them, than tiny.
 */
export function fittedViewport(box: { x1: number; y1: number; w: number; h: number }, canvas: Size, covered: CoveredEdges, padding: number, limits: { min: number; max: number }): Viewport {
  const free = canvas.height - covered.top - covered.bottom >= canvas.height / 2 ? covered : { top: 0, bottom: 0 };
  const band = { width: canvas.width - 2 * padding, height: canvas.height - free.top - free.bottom - 2 * padding };
  const zoom = Math.min(limits.max, Math.max(limits.min, Math.min(band.width / Math.max(box.w, 1), band.height / Math.max(box.h, 1))));
  const middle = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  return { zoom, pan: { x: canvas.width / 2 - middle.x * zoom, y: free.top + padding + band.height / 2 - middle.y * zoom } };
}
