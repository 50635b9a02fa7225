import type { Core } from 'cytoscape';
import type { GapOverlay, Highlight } from '../components/view-contract';
import { edgeElementId } from './build-elements';
import { viewClasses } from './graph-style';

/** An edge is named by its relation id (as the API gives it) or by its element id. */
function edgeById(cy: Core, id: string) {
  const direct = cy.getElementById(id);
  return direct.nonempty() ? direct : cy.getElementById(edgeElementId(id));
}

/**
 * Bring the highlighted actors and ties forward and dim the rest; null clears it. Returns how many
 * of the asked elements are drawn, so the caller can say when some lie outside the view.
 */
export function applyHighlight(cy: Core, highlight: Highlight | null): number {
  let found = 0;
  cy.batch(() => {
    cy.elements().removeClass([viewClasses.highlighted, viewClasses.dimmed]);
    if (!highlight) return;
    const chosen = cy.collection();
    for (const id of highlight.nodes) chosen.merge(cy.getElementById(id));
    found = chosen.length;
    // The ties among the named actors are theirs too: a suggested pair or a gap reads as a group.
    chosen.merge(chosen.edgesWith(chosen));
    for (const id of highlight.edges) {
      const edge = edgeById(cy, id);
      found += edge.length;
      chosen.merge(edge).merge(edge.connectedNodes());
    }
    // Area groups are not dimmed either: a compound's opacity would dim all its children.
    cy.elements().difference(chosen).not(':parent').addClass(viewClasses.dimmed);
    chosen.addClass(viewClasses.highlighted);
  });
  return found;
}

/** Mark isolated actors, single points of failure and informal actors without formal ties; null clears. */
export function applyOverlay(cy: Core, overlay: GapOverlay | null): void {
  cy.batch(() => {
    cy.nodes().removeClass([viewClasses.isolated, viewClasses.singlePointOfFailure, viewClasses.informalWithoutFormal]);
    if (!overlay) return;
    const mark = (ids: string[], className: string) => {
      for (const id of ids) cy.getElementById(id).addClass(className);
    };
    mark(overlay.isolated, viewClasses.isolated);
    mark(overlay.singlePointsOfFailure, viewClasses.singlePointOfFailure);
    mark(overlay.informalWithoutFormalTies, viewClasses.informalWithoutFormal);
  });
}
