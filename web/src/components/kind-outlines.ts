import type { NodeKindSpec } from '@weefsel/graph-schema';

export type KindShape = NodeKindSpec['style']['shape'];

/** SVG outlines of Cytoscape's node shapes on a 16x16 box, so legends show what the canvas draws. */
export const kindOutlines: Record<KindShape, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 2h8a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z',
  hexagon: 'M4 1.5h8L15.5 8 12 14.5H4L0.5 8Z',
  diamond: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  triangle: 'M8 1 15.5 15H0.5Z',
  star: 'M8 0.5l2.2 5 5.3.4-4 3.5 1.3 5.1L8 11.8l-4.8 2.7 1.3-5.1-4-3.5 5.3-.4Z',
  'round-tag': 'M2 3a2 2 0 0 1 2-2h6l5 7-5 7H4a2 2 0 0 1-2-2Z',
};
