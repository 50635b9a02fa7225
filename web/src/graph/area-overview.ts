import { isAreaKind, nodeKinds, relationKinds, type NodeKind } from '@weefsel/graph-schema';
import type { ElementDefinition } from 'cytoscape';
import type { Network } from '../api/network.types';
import { elementClasses, nodeSize, type NodeElementData } from './build-elements';
import { placementParents } from './grouping';

/**
 * The kind of the areas one level below a scope, read from the data as everywhere else (no kind is
 * assumed to lie in another): the areas placed directly in the scope's area, or for the whole
 * region (`scopeId` null) the areas placed in no other area; the kind most of them have. Null when
 * no area lies below (a neighbourhood).
 */
export function childAreaKind(network: Pick<Network, 'nodes' | 'relations'>, scopeId: string | null): NodeKind | null {
  const kindOf = new Map(network.nodes.filter((node) => !node.boundary).map((node) => [node.id, node.kind]));
  const isArea = (id: string) => isAreaKind(kindOf.get(id) ?? 'Organisation');
  const placedIn = placementParents(network);
  const areaParents = (id: string) => (placedIn.get(id) ?? []).filter(isArea);
  const below = [...kindOf.keys()].filter((id) => id !== scopeId && isArea(id) && (scopeId === null ? areaParents(id).length === 0 : areaParents(id).includes(scopeId)));
  const counts = new Map<NodeKind, number>();
  for (const id of below) counts.set(kindOf.get(id)!, (counts.get(kindOf.get(id)!) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** One area of the overview: its actors, and the collaboration ties within it. */
export interface OverviewArea {
  id: string;
  name: string;
  actors: number;
  tiesWithin: number;
}

/** The collaboration ties between the actors of two areas, bundled into one line. */
export interface OverviewTie {
  source: string;
  target: string;
  ties: number;
}

export interface AreaOverview {
  kind: NodeKind;
  areas: OverviewArea[];
  ties: OverviewTie[];
  /** Actors of the scope placed in none of these areas (not drawn). */
  unplaced: number;
}

/**
 * Every area of `kind` each node lies in, following placement relations upwards (an organisation
 * active in two municipalities lies in both), as the stores decide an area's members.
 */
function areasOfKind(network: Pick<Network, 'nodes' | 'relations'>, kind: NodeKind): Map<string, Set<string>> {
  const kindOf = new Map(network.nodes.map((node) => [node.id, node.kind]));
  const placedIn = placementParents(network);
  const result = new Map<string, Set<string>>();
  for (const node of network.nodes) {
    const found = new Set<string>();
    const seen = new Set([node.id]);
    for (let frontier = [node.id]; frontier.length > 0; ) {
      const next: string[] = [];
      for (const id of frontier) {
        if (id !== node.id && kindOf.get(id) === kind) found.add(id);
        for (const up of placedIn.get(id) ?? []) {
          if (seen.has(up)) continue;
          seen.add(up);
          next.push(up);
        }
      }
      frontier = next;
    }
    result.set(node.id, found);
  }
  return result;
}

/**
 * The scope seen as its areas of `kind`: each area with the number of the scope's actors lying in
 * it (counted as that area's own network counts them: an actor in two areas counts in both), and
 * between two areas the number of current collaboration ties with one end in each (planned and
 * ended ones do not count, as in every analysis). Partners outside the scope are left out.
 */
export function areaOverview(network: Pick<Network, 'nodes' | 'relations'>, kind: NodeKind): AreaOverview {
  const areasOf = areasOfKind(network, kind);
  const areas = new Map<string, OverviewArea>();
  for (const node of network.nodes) if (node.kind === kind && !node.boundary) areas.set(node.id, { id: node.id, name: node.name, actors: 0, tiesWithin: 0 });
  const inScope = new Set<string>();
  let unplaced = 0;
  for (const node of network.nodes) {
    if (node.boundary || isAreaKind(node.kind)) continue;
    inScope.add(node.id);
    const mine = [...(areasOf.get(node.id) ?? [])].filter((id) => areas.has(id));
    for (const id of mine) areas.get(id)!.actors += 1;
    if (mine.length === 0) unplaced += 1;
  }
  const between = new Map<string, OverviewTie>();
  for (const relation of network.relations) {
    if (relationKinds[relation.kind].tie !== 'collaboration' || relation.status !== 'ACTIVE') continue;
    if (!inScope.has(relation.source) || !inScope.has(relation.target)) continue;
    const ends = [areasOf.get(relation.source) ?? new Set<string>(), areasOf.get(relation.target) ?? new Set<string>()];
    const pairs = new Set<string>();
    for (const a of ends[0]!) {
      for (const b of ends[1]!) {
        if (!areas.has(a) || !areas.has(b)) continue;
        pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
      }
    }
    for (const key of pairs) {
      const [source, target] = key.split('|') as [string, string];
      if (source === target) {
        areas.get(source)!.tiesWithin += 1;
        continue;
      }
      const tie = between.get(key) ?? { source, target, ties: 0 };
      tie.ties += 1;
      between.set(key, tie);
    }
  }
  const byName = (x: OverviewArea, y: OverviewArea) => x.name.localeCompare(y.name, 'nl');
  return { kind, areas: [...areas.values()].sort(byName), ties: [...between.values()], unplaced };
}

/** Classes of the overview's elements (the stylesheet sizes the bundled ties by their count). */
export const overviewClasses = { tie: 'overview-tie' } as const;

/**
 * Cytoscape elements of an overview: an area node sized by its actors (its label says how many),
 * a line between two areas as thick as their ties are many. A node's id is the area's id, so
 * choosing it opens that area.
 */
export function overviewElements(overview: AreaOverview, actorsLabel: (area: OverviewArea) => string): ElementDefinition[] {
  const most = Math.max(1, ...overview.areas.map((area) => area.actors));
  const nodes = overview.areas.map((area): ElementDefinition => {
    const data: NodeElementData = {
      id: area.id,
      label: actorsLabel(area),
      kind: overview.kind,
      color: nodeKinds[overview.kind].style.color,
      boundary: false,
      size: Math.round(nodeSize.min + Math.sqrt(area.actors / most) * (nodeSize.max * 1.5 - nodeSize.min)),
      community: -1,
    };
    return { group: 'nodes', data, classes: [elementClasses.kind(overview.kind)] };
  });
  const widest = Math.max(1, ...overview.ties.map((tie) => tie.ties));
  const edges = overview.ties.map((tie): ElementDefinition => ({
    group: 'edges',
    data: { id: `overview:${tie.source}|${tie.target}`, source: tie.source, target: tie.target, ties: tie.ties, width: Math.round(1 + 11 * Math.sqrt(tie.ties / widest)) },
    classes: [overviewClasses.tie],
  }));
  return [...nodes, ...edges];
}
