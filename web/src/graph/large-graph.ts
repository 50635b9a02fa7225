/**
 * Above this many elements (nodes plus edges) the canvas draws for speed (2,000 actors laid
 * out in under 3 s, 5,000 panned at 30 frames a second): positions come from the API's
 * networkLayout instead of a layout in the browser, and ties are drawn by the edge layer
 * (edge-layer.ts) instead of as Cytoscape elements, whose style pass costs about 0.1 ms per element
 * and whose drawing dominates every frame of a pan.
 */
export const largeGraphElements = 2000;

export function isLargeGraph(elementCount: number): boolean {
  return elementCount > largeGraphElements;
}
