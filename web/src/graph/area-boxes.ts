import type { Core, NodeSingular } from 'cytoscape';
import type { Box } from './box-grid';
import { fittedZoom } from './canvas-viewport';
import { labelFontPx, labelMaxWidthEm } from './label-placement';
import { separateBoxes, type MovableBox } from './separate-boxes';
import { measuredPx, TextWidths } from './text-widths';

/** Screen pixels kept free between two area boxes, and around an actor outside them. */
const boxGapPx = 20;
/** A box's name above it (bold, 12-16 px, 3 px off the box, with its outline), in screen pixels beyond the font size. */
const nameExtraPx = 9;
/** Rounds of separating: the drawing grows, the fitted zoom falls, and names take more model units. */
const rounds = 3;

let widths: TextWidths | undefined;
const textWidths = () => (widths ??= new TextWidths());

/** Screen width of an area's (bold) name at a font size, as the label layer caps it. */
function nameWidthPx(label: string, fontPx: number): number {
  return Math.min(labelMaxWidthEm * fontPx, (textWidths().at12(label, true) * fontPx) / measuredPx);
}

/**
 * The room an area box takes at `zoom`, in model units: the box, its name above it and a line below
 * it, where the names of its lowest actors go (the label layer tries below first).
 */
function roomOf(area: NodeSingular, zoom: number): Box {
  const fontPx = labelFontPx(zoom);
  const box = area.boundingBox({ includeLabels: false });
  const middle = (box.x1 + box.x2) / 2;
  const halfName = nameWidthPx(String(area.data('label') ?? ''), fontPx) / zoom / 2;
  const line = (fontPx + nameExtraPx) / zoom;
  return { x1: Math.min(box.x1, middle - halfName), x2: Math.max(box.x2, middle + halfName), y1: box.y1 - line, y2: box.y2 + line };
}

/**
 * Moves the area boxes of a freshly laid-out drawing apart, each with its actors, so that no two
 * boxes (with their names) overlap, and moves actors outside every box out of the boxes. fcose
 * keeps actors of one area together but lets the boxes of areas with ties between them overlap
 * (measured on the demo: up to five overlapping pairs in a care zone grouped by neighbourhood;
 * tests/e2e/web-group-boxes.test.ts). Names are drawn at a fixed size on screen, so the room they
 * take is reckoned at the zoom the drawing will be fitted at, again after each round.
 */
export function keepAreasApart(cy: Core): void {
  const areas = cy.nodes(':parent');
  if (areas.empty()) return;
  const loose = cy.nodes().filter((node) => !node.isParent() && node.parent().empty());
  for (let round = 0; round < rounds; round += 1) {
    const zoom = fittedZoom(cy);
    const gap = boxGapPx / zoom;
    const first: MovableBox[] = areas.map((area) => ({ id: area.id(), box: roomOf(area, zoom) }));
    const then: MovableBox[] = loose.map((node) => ({ id: node.id(), box: node.boundingBox({ includeLabels: false }) }));
    const shifts = separateBoxes(first, then, gap);
    if (shifts.size === 0) return;
    cy.batch(() => {
      for (const [id, { dx, dy }] of shifts) {
        const node = cy.getElementById(id);
        const moving = node.isParent() ? node.descendants() : node;
        moving.positions((each) => ({ x: each.position('x') + dx, y: each.position('y') + dy }));
      }
    });
  }
}
