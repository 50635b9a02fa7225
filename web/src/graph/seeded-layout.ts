import { mulberry32, seedFromText } from '@weefsel/graph-schema';
import type cytoscape from 'cytoscape';

const byId = (a: cytoscape.SingularElementArgument, b: cytoscape.SingularElementArgument) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);

/**
 * Lays out every element so that the same actors and ties are drawn the same way every time, however
 * they came into the drawing (people keep their mental map, and what tests measure is what users
 * see). The layouts depend on two things besides the graph: Math.random, seeded here by the drawn
 * actors, and the order of the elements, sorted here by id (an actor kept from the previous scope
 * would otherwise come first). fcose and CiSE run synchronously without animation, so the seeded
 * generator is in place for the whole run and restored after; `onStop` runs when the positions are set.
 */
export function runSeededLayout(cy: cytoscape.Core, options: cytoscape.LayoutOptions, onStop: () => void): void {
  const nodes = cy.nodes().sort(byId);
  const ordered = nodes.union(cy.edges().sort(byId));
  const layout = ordered.layout(options);
  layout.one('layoutstop', onStop);
  const unseeded = Math.random;
  Math.random = mulberry32(seedFromText(nodes.map((node) => node.id()).join('\n')));
  try {
    layout.run();
  } finally {
    Math.random = unseeded;
  }
}
