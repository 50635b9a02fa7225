import { isAreaKind, tieKinds, type NodeKind } from '@weefsel/graph-schema';
import type { AnalysisGraph } from '../analysis-graph';
import { membersIn } from '../coverage/area-members';

/** One area of the overview, with the scope's actors lying in it. */
export interface OverviewArea {
  id: string;
  name: string;
  kind: NodeKind;
  actors: number;
}

/** The current collaboration ties with one end in each of two areas, bundled into one line. */
export interface OverviewTie {
  /** Area ids, source < target. */
  source: string;
  target: string;
  ties: number;
}

export interface AreaOverview {
  /** The kind of the areas one level below the scope; null when none lies below (a neighbourhood). */
  childKind: NodeKind | null;
  /**
   * The scope's own actors, counted as its network metrics count them: every node that can hold a
   * collaboration tie (a municipality or care zone too), not a neighbourhood, not a partner outside.
   */
  actors: number;
  /** By name. */
  areas: OverviewArea[];
  ties: OverviewTie[];
  /** Current collaboration relations between two actors that lie in one same area (not in `ties`). */
  tiesWithin: number;
  /** Actors of the scope lying in none of the areas (not in the overview). */
  unplaced: number;
}

/**
 * The kind of the areas one level below the scope, read from the data's placement relations (no
 * kind is assumed to lie in another): the areas placed directly in the scope's area, or for the
 * whole region the areas placed in no other area; the kind most of them have (ties by name).
 */
export function childAreaKind(ag: AnalysisGraph): NodeKind | null {
  const scopeId = ag.subgraph.areaId;
  const placedIn = ag.placedIn();
  const isInsideArea = (id: string) => {
    const node = ag.actors.get(id);
    return node !== undefined && !node.boundary && isAreaKind(node.kind);
  };
  const counts = new Map<NodeKind, number>();
  for (const node of ag.subgraph.nodes) {
    if (node.id === scopeId || !isInsideArea(node.id)) continue;
    const parents = (placedIn.get(node.id) ?? []).filter(isInsideArea);
    if (scopeId === null ? parents.length > 0 : !parents.includes(scopeId)) continue;
    counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? null;
}

/**
 * The scope seen as its areas one level down: each area with the scope's actors lying in it,
 * counted as the area's own network metrics count them (`membersIn`: an actor active in two
 * municipalities counts in both; a municipality is an actor of its own and of its care zone), and
 * for each pair of areas the current collaboration relations with one end in each (planned and
 * ended ones do not count, nor those of partners outside the scope). A relation between actors that
 * both lie in the same two areas counts once for that pair; one between two actors of one area
 * counts in `tiesWithin`, so that what the lines leave out is said too.
 */
export function areaOverview(ag: AnalysisGraph): AreaOverview {
  const childKind = childAreaKind(ag);
  const isActor = (id: string) => {
    const node = ag.actors.get(id);
    return node !== undefined && !node.boundary && tieKinds.has(node.kind);
  };
  const actors = ag.subgraph.nodes.filter((node) => isActor(node.id)).length;
  if (childKind === null) return { childKind, actors, areas: [], ties: [], tiesWithin: 0, unplaced: actors };

  const areasOf = new Map<string, string[]>();
  const areas: OverviewArea[] = [];
  for (const area of ag.subgraph.nodes) {
    if (area.kind !== childKind || area.boundary) continue;
    const members = membersIn(ag, area.id).filter((member) => isActor(member.id));
    for (const member of members) areasOf.set(member.id, [...(areasOf.get(member.id) ?? []), area.id]);
    areas.push({ id: area.id, name: area.name, kind: area.kind, actors: members.length });
  }
  areas.sort((x, y) => x.name.localeCompare(y.name, 'nl') || (x.id < y.id ? -1 : 1));
  return { childKind, actors, areas, ...bundledTies(ag, areasOf), unplaced: actors - areasOf.size };
}

/**
 * Current collaboration relations between the actors of two different areas, counted per pair of
 * areas, and those between two actors sharing an area.
 */
function bundledTies(ag: AnalysisGraph, areasOf: Map<string, string[]>): { ties: OverviewTie[]; tiesWithin: number } {
  let tiesWithin = 0;
  // By source, then target: no key string per tie (the region has about 180,000 ties).
  const between = new Map<string, Map<string, OverviewTie>>();
  const add = (a: string, b: string, ties: number) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    let bySource = between.get(source);
    if (!bySource) between.set(source, (bySource = new Map()));
    const bundle = bySource.get(target);
    if (bundle) bundle.ties += ties;
    else bySource.set(target, { source, target, ties });
  };
  for (const tie of ag.ties) {
    const from = areasOf.get(ag.adjacency.ids[tie.source] as string);
    const to = areasOf.get(ag.adjacency.ids[tie.target] as string);
    if (!from || !to) continue;
    let current = 0;
    for (const relation of tie.relations) if (relation.status === 'ACTIVE') current++;
    if (current === 0) continue;
    // Most actors lie in one area; with more, a pair of areas met twice still counts once.
    if (from.length === 1 && to.length === 1) {
      if (from[0] !== to[0]) add(from[0] as string, to[0] as string, current);
      else tiesWithin += current;
      continue;
    }
    if (from.some((a) => to.includes(a))) tiesWithin += current;
    const pairs = new Set<string>();
    for (const a of from) for (const b of to) if (a !== b) pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
    for (const key of pairs) add(...(key.split('|') as [string, string]), current);
  }
  const ties = [...between.values()].flatMap((bySource) => [...bySource.values()]);
  ties.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
  return { ties, tiesWithin };
}
