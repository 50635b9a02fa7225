import type { Core } from 'cytoscape';
import { focusClasses } from './graph-style';

/** Clear a previous focus: no selection, no highlighted or faded elements. */
export function clearFocus(cy: Core): void {
  cy.batch(() => {
    cy.elements().unselect();
    cy.elements().removeClass([focusClasses.highlighted, focusClasses.faded]);
  });
}

/**
 * Select the node, highlight it with its direct neighbours, fade the rest, and bring it to the
 * middle of the view. Returns false when the node is not drawn, so the caller can widen the scope.
 */
export function focusNode(cy: Core, nodeId: string, options: { animate?: boolean; partners?: readonly string[] } = {}): boolean {
  const node = cy.getElementById(nodeId);
  if (node.empty() || !node.isNode()) return false;
  // Partners named by the caller count too: on a large scope the ties are not Cytoscape elements.
  const neighbourhood = node.closedNeighborhood();
  for (const id of options.partners ?? []) neighbourhood.merge(cy.getElementById(id));
  cy.batch(() => {
    cy.elements().unselect();
    // Area groups are never faded: a compound's opacity would fade all its children, the focused one too.
    cy.elements().removeClass(focusClasses.highlighted).not(':parent').addClass(focusClasses.faded);
    neighbourhood.removeClass(focusClasses.faded).addClass(focusClasses.highlighted);
    node.select();
  });
  const zoom = Math.max(cy.zoom(), 1.4);
  // The node's own position, not its bounding box: a name placed beside the node (the label layer
  // puts it where it fits) would pull the middle of the box, and the node, off centre.
  const { x, y } = node.position();
  const pan = { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom };
  if (options.animate === false) {
    cy.viewport({ zoom, pan });
  } else {
    cy.stop();
    cy.animate({ zoom, pan }, { duration: 400 });
  }
  return true;
}
