import { nodeKinds, relationKinds, type NodeKind, type RelationKind } from '@weefsel/graph-schema';
import type { ElementDefinition } from 'cytoscape';
import type { Network } from '../api/network.types';

/** The data a drawn node carries; the stylesheet reads the colour from it. */
export interface NodeElementData {
  id: string;
  label: string;
  kind: NodeKind;
  color: string;
  boundary: boolean;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  tie: 'collaboration' | 'structural';
  directed: boolean;
}

/** Class names are derived from schema values so the stylesheet and tests agree on them. */
export const elementClasses = {
  kind: (kind: NodeKind) => `kind-${kind}`,
  boundary: 'boundary',
  tie: (tie: EdgeElementData['tie']) => `tie-${tie}`,
  directed: 'directed',
} as const;

/** Edge ids are prefixed: relation ids and actor ids come from different namespaces in the API. */
export function edgeElementId(relationId: string): string {
  return `relation:${relationId}`;
}

/**
 * Turn a network from the API into Cytoscape elements: nodes first, then edges whose two ends are
 * both drawn (an edge to a missing node would make Cytoscape throw and abort the whole batch).
 */
export function buildElements(network: Pick<Network, 'nodes' | 'relations'>): ElementDefinition[] {
  const nodes = network.nodes.map((actor): ElementDefinition => {
    const style = nodeKinds[actor.kind].style;
    const data: NodeElementData = {
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      color: style.color,
      boundary: actor.boundary,
    };
    const classes = [elementClasses.kind(actor.kind), ...(actor.boundary ? [elementClasses.boundary] : [])];
    return { group: 'nodes', data, classes };
  });
  const drawn = new Set(network.nodes.map((actor) => actor.id));
  const edges = network.relations
    .filter((relation) => drawn.has(relation.source) && drawn.has(relation.target))
    .map((relation): ElementDefinition => {
      const spec = relationKinds[relation.kind];
      const data: EdgeElementData = {
        id: edgeElementId(relation.id),
        source: relation.source,
        target: relation.target,
        kind: relation.kind,
        tie: spec.tie,
        directed: spec.directed,
      };
      const classes = [elementClasses.tie(spec.tie), ...(spec.directed ? [elementClasses.directed] : [])];
      return { group: 'edges', data, classes };
    });
  return [...nodes, ...edges];
}
