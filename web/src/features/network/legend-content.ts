import { nodeKindNames, relationKindNames, type NodeKind, type RelationKind } from '@weefsel/graph-schema';
import type { ElementDefinition } from 'cytoscape';
import type { EdgeElementData, NodeElementData } from '../../graph/build-elements';

/** What the legend lists: only what the map draws, in graph-schema order. */
export interface LegendContent {
  kinds: NodeKind[];
  /** The kind of a partner outside the area that is drawn (its faded shape is the legend's sample); null: none. */
  boundaryKind: NodeKind | null;
  /** Collaboration kinds drawn (each has its own colour). */
  relationKinds: RelationKind[];
  structural: boolean;
  planned: boolean;
  ended: boolean;
}

/**
 * The legend of a drawing: a kind, a relation kind or a line look is listed when the map draws it,
 * so an imported network of organisations in municipalities does not list projects and coaching.
 * Null before anything is drawn: then the whole legend is shown.
 */
export function legendContent(elements: readonly ElementDefinition[]): LegendContent | null {
  const kinds = new Set<NodeKind>();
  const relations = new Set<RelationKind>();
  const content = { boundaryKind: null as NodeKind | null, structural: false, planned: false, ended: false };
  for (const element of elements) {
    if (element.group === 'nodes') {
      const node = element.data as NodeElementData & { group?: boolean };
      if (node.group) continue;
      kinds.add(node.kind);
      if (node.boundary) content.boundaryKind ??= node.kind;
      continue;
    }
    const edge = element.data as EdgeElementData;
    if (edge.tie === 'structural') content.structural = true;
    else relations.add(edge.kind);
    if (edge.status === 'PLANNED') content.planned = true;
    if (edge.status === 'ENDED') content.ended = true;
  }
  if (kinds.size === 0) return null;
  return { ...content, kinds: nodeKindNames.filter((kind) => kinds.has(kind)), relationKinds: relationKindNames.filter((kind) => relations.has(kind)) };
}
