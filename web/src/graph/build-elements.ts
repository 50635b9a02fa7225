import { nodeKinds, relationKinds, type NodeKind, type RelationKind, type RelationStatus } from '@weefsel/graph-schema';
import type { ElementDefinition } from 'cytoscape';
import type { Network } from '../api/network.types';

/** The data a drawn node carries; the stylesheet reads colour and size from it. */
export interface NodeElementData {
  id: string;
  label: string;
  kind: NodeKind;
  color: string;
  boundary: boolean;
  /** Diameter in pixels, from the chosen metric. */
  size: number;
  /** Louvain community from the metrics, for the clustered layout; -1 when unknown. */
  community: number;
  /** The compound node (area group) this actor is drawn in. */
  parent?: string;
  /**
   * The label to draw where there is room for a whole name (labelClasses.wide), when `label` is a
   * shortened one that must not lose its end (an area's actor count).
   */
  wideLabel?: string;
}

/** A compound node that groups the actors of one area. */
export interface GroupElementData {
  id: string;
  label: string;
  group: true;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  status: RelationStatus;
  tie: 'collaboration' | 'structural';
  directed: boolean;
}

/** Class names are derived from schema values so the stylesheet and tests agree on them. */
export const elementClasses = {
  kind: (kind: NodeKind) => `kind-${kind}`,
  boundary: 'boundary',
  group: 'area-group',
  tie: (tie: EdgeElementData['tie']) => `tie-${tie}`,
  relation: (kind: RelationKind) => `relation-${kind}`,
  status: (status: RelationStatus) => `status-${status}`,
  directed: 'directed',
} as const;

/** Edge ids are prefixed: relation ids and actor ids come from different namespaces in the API. */
export function edgeElementId(relationId: string): string {
  return `relation:${relationId}`;
}

export function relationIdOfEdge(edgeId: string): string {
  return edgeId.startsWith('relation:') ? edgeId.slice('relation:'.length) : edgeId;
}

export function groupElementId(areaId: string): string {
  return `group:${areaId}`;
}

export const nodeSize = { default: 24, min: 16, max: 64 } as const;

export interface BuildOptions {
  /** A metric value per actor id; nodes are sized by its square root relative to the largest. */
  sizeBy?: ReadonlyMap<string, number>;
  communities?: ReadonlyMap<string, number>;
  /** The area group per actor id (see grouping.ts). */
  groups?: ReadonlyMap<string, string>;
  /** Where to draw each actor (large scopes: the API's networkLayout); absent: the canvas lays out. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/** Diameters from metric values: area grows with the value, zero gets the minimum. */
export function sizesFromMetric(values: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const value of values.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [id, value] of values) {
    const share = max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0;
    sizes.set(id, Math.round(nodeSize.min + share * (nodeSize.max - nodeSize.min)));
  }
  return sizes;
}

/**
 * Turn a network from the API into Cytoscape elements: area groups first, then nodes, then edges
 * whose two ends are both drawn (an edge to a missing node would make Cytoscape throw and abort the
 * whole batch).
 */
export function buildElements(network: Pick<Network, 'nodes' | 'relations'>, options: BuildOptions = {}): ElementDefinition[] {
  const sizes = options.sizeBy ? sizesFromMetric(options.sizeBy) : null;
  const names = new Map(network.nodes.map((actor) => [actor.id, actor.name]));
  const groupIds = [...new Set(options.groups?.values() ?? [])].filter((areaId) => names.has(areaId));
  const groups = groupIds.map((areaId): ElementDefinition => {
    const data: GroupElementData = { id: groupElementId(areaId), label: names.get(areaId) ?? areaId, group: true };
    return { group: 'nodes', data, classes: [elementClasses.group] };
  });
  const nodes = network.nodes.map((actor): ElementDefinition => {
    const style = nodeKinds[actor.kind].style;
    const area = options.groups?.get(actor.id);
    const data: NodeElementData = {
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      color: style.color,
      boundary: actor.boundary,
      size: sizes?.get(actor.id) ?? (sizes ? nodeSize.min : nodeSize.default),
      community: options.communities?.get(actor.id) ?? -1,
      ...(area && names.has(area) ? { parent: groupElementId(area) } : {}),
    };
    const classes = [elementClasses.kind(actor.kind), ...(actor.boundary ? [elementClasses.boundary] : [])];
    const position = options.positions?.get(actor.id);
    return { group: 'nodes', data, classes, ...(position ? { position: { ...position } } : {}) };
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
        status: relation.status,
        tie: spec.tie,
        directed: spec.directed,
      };
      const classes = [
        elementClasses.tie(spec.tie),
        elementClasses.relation(relation.kind),
        elementClasses.status(relation.status),
        ...(spec.directed ? [elementClasses.directed] : []),
      ];
      return { group: 'edges', data, classes };
    });
  return [...groups, ...nodes, ...edges];
}
