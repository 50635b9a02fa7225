import cytoscape from 'cytoscape';
import cise from 'cytoscape-cise';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { LayoutName } from './layout-names';

// Registering an extension twice makes Cytoscape warn; module evaluation runs once per page.
cytoscape.use(fcose);
cytoscape.use(cise);
cytoscape.use(svg);


/**
 * Above this many nodes fcose stops after its spectral step ('draft'). Measured headless on this
 * 2-core machine (random graphs, 5 ties per node): 500 nodes take 8.7 s at 'default' and 0.6 s as
 * draft; 2,000 nodes 2.5-3.4 s as draft.
 */
export const draftLayoutNodes = 200;

/** Up to this many nodes the layout keeps room for every label; measuring them costs more than it gains on larger scopes. */
export const labelledLayoutNodes = 300;

/**
 * Layout options for fcose; no animation so the picture is settled when the layout returns. No
 * layout fits the view itself: the canvas fits every fresh drawing clear of what covers the map
 * (fitDrawing), and a fit here would measure every element once more for nothing.
 */
export function fcoseLayout(randomize: boolean, nodeCount = 0): cytoscape.LayoutOptions {
  return {
    name: 'fcose',
    randomize,
    animate: false,
    quality: nodeCount > draftLayoutNodes ? 'draft' : 'default',
    nodeDimensionsIncludeLabels: nodeCount <= labelledLayoutNodes,
    idealEdgeLength: 90,
    nodeRepulsion: 6000,
    fit: false,
  } as cytoscape.LayoutOptions;
}

/**
 * Actors of one Louvain community (from the API's metrics) drawn together on a circle (CiSE).
 * CiSE cannot lay out compound nodes: with area groups fcose draws instead (the layout choice says
 * so, see NetworkControls).
 */
export function communityLayout(cy: cytoscape.Core): cytoscape.LayoutOptions {
  const clusters = new Map<number, string[]>();
  cy.nodes().forEach((node) => {
    const community = node.data('community') as number | undefined;
    if (community === undefined || community < 0) return;
    const members = clusters.get(community) ?? [];
    members.push(node.id());
    clusters.set(community, members);
  });
  if (cy.nodes().filter((node) => node.isParent()).nonempty() || clusters.size === 0) return fcoseLayout(true, cy.nodes().length);
  return {
    name: 'cise',
    clusters: [...clusters.values()].filter((members) => members.length > 1),
    animate: false,
    fit: false,
    nodeSeparation: 12,
    allowNodesInsideCircle: true,
  } as cytoscape.LayoutOptions;
}

/** Draws actors at the given positions (area boxes wrap theirs). */
export function presetLayout(positions: ReadonlyMap<string, { x: number; y: number }>): cytoscape.LayoutOptions {
  return {
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? node.position(),
    animate: false,
    fit: false,
  } as cytoscape.LayoutOptions;
}

export function layoutFor(name: LayoutName, cy: cytoscape.Core): cytoscape.LayoutOptions {
  return name === 'community' ? communityLayout(cy) : fcoseLayout(true, cy.nodes().length);
}

export { cytoscape };
