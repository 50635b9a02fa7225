import { tieBetween } from '../analysis-graph';
import { membersOf, type CutEdge, type CutVertex, type Part } from '../cut-structure';
import { bilingual, listOf, say } from './explain';
import { gap, maxListedActors, type Gap } from './gap';
import type { GapContext } from './gap-context';

/**
 * Articulation points that split inside actors apart. Cutting off at least `brokerMinCutOff` inside
 * actors makes a BROKER_DEPENDENCE; fewer an ARTICULATION_POINT (LOW when it only holds actors that
 * are already reported as peripheral). Cuts that only separate boundary partners are not reported:
 * every actor with one outside partner would otherwise count as a single point of failure.
 */
export function cutVertexGaps(ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const cut of ctx.cuts.articulationPoints) {
    const parts = cut.parts.filter((p) => p.weight > 0).sort((a, b) => b.weight - a.weight);
    if (parts.length < 2) continue;
    const cutOff = parts.slice(1);
    const count = cutOff.reduce((s, p) => s + p.weight, 0);
    const ids = cutOff.flatMap((p) => pieceIds(ctx, p, { component: cut.component, below: cut.parts, node: cut.node }));
    gaps.push(cutVertexGap(ctx, cut, ids, count, cutOff.every((p) => p.nodes === 1)));
  }
  return gaps;
}

function cutVertexGap(ctx: GapContext, cut: CutVertex, cutOffIds: string[], count: number, onlySingles: boolean): Gap {
  const id = ctx.ag.adjacency.ids[cut.node] as string;
  const broker = count >= ctx.options.brokerMinCutOff;
  const name = ctx.nameOf(id);
  const outside = ctx.ag.insideWeights[cut.node] === 0;
  const names = cutOffIds.map(ctx.nameOf);
  return gap({
    id: `${broker ? 'BROKER_DEPENDENCE' : 'ARTICULATION_POINT'}:${id}`,
    kind: broker ? 'BROKER_DEPENDENCE' : 'ARTICULATION_POINT',
    severity: broker ? 'HIGH' : onlySingles ? 'LOW' : 'MEDIUM',
    actorIds: [id, ...cutOffIds],
    affectedCount: count + 1,
    areaIds: ctx.areasOf([id]),
    explanation: bilingual((l) => {
      const who = outside ? say(l, `${name} (een partner buiten het gebied)`, `${name} (a partner outside the area)`) : name;
      const one = count === 1;
      return say(
        l,
        `${who} is de enige schakel naar ${count} ${one ? 'actor' : 'actoren'} (${listOf(names, l)}): valt ${name} weg, dan ${one ? 'raakt die' : 'raken die'} los van de rest van het netwerk.`,
        `${who} is the only link to ${count} ${one ? 'actor' : 'actors'} (${listOf(names, l)}): if ${name} drops out, ${one ? 'it loses its' : 'they lose their'} connection to the rest of the network.`,
      );
    }),
  });
}

/** Ties whose loss splits two groups of at least two actors, both with inside actors (BRIDGE_TIE). */
export function bridgeGaps(ctx: GapContext): Gap[] {
  const gaps: Gap[] = [];
  for (const bridge of ctx.cuts.bridges) {
    const sides = [bridge.near, bridge.far];
    if (sides.some((p) => p.weight === 0 || p.nodes < 2)) continue;
    gaps.push(bridgeGap(ctx, bridge));
  }
  return gaps;
}

function bridgeGap(ctx: GapContext, bridge: CutEdge): Gap {
  const { ids } = ctx.ag.adjacency;
  const [a, b] = [ids[bridge.from] as string, ids[bridge.to] as string].sort();
  const smaller = bridge.far.weight <= bridge.near.weight ? bridge.far : bridge.near;
  const groupIds = pieceIds(ctx, smaller, { component: bridge.component, below: [bridge.far] });
  const names = groupIds.map(ctx.nameOf);
  const [nameA, nameB] = [ctx.nameOf(a as string), ctx.nameOf(b as string)];
  return gap({
    id: `BRIDGE_TIE:${a}|${b}`,
    kind: 'BRIDGE_TIE',
    severity: 'MEDIUM',
    actorIds: [a as string, b as string, ...groupIds.filter((x) => x !== a && x !== b)],
    affectedCount: smaller.weight,
    areaIds: ctx.areasOf([a as string, b as string]),
    relationIds: tieBetween(ctx.ag, bridge.from, bridge.to)?.relations.map((r) => r.id) ?? [],
    explanation: bilingual((l) =>
      say(
        l,
        `De samenwerking tussen ${nameA} en ${nameB} is de enige verbinding tussen een groep van ${smaller.weight} actoren (${listOf(names, l)}) en de rest van het netwerk.`,
        `The tie between ${nameA} and ${nameB} is the only link between a group of ${smaller.weight} actors (${listOf(names, l)}) and the rest of the network.`,
      ),
    ),
  });
}

/** Groups of two or more inside actors with ties among themselves but none to the main component. */
export function fragmentationGaps(ctx: GapContext): Gap[] {
  const { insideWeights, adjacency } = ctx.ag;
  const weighted = ctx.components.members
    .map((nodes) => ({ nodes, inside: nodes.filter((i) => insideWeights[i] === 1) }))
    .filter((c) => c.inside.length > 0)
    .sort((a, b) => b.inside.length - a.inside.length);
  const total = ctx.inside.length;
  // A lone inside actor with only an outside partner is peripheral, not a group.
  return weighted.slice(1).filter((c) => c.inside.length >= 2).map(({ inside }) => {
    const ids = inside.map((i) => adjacency.ids[i] as string);
    const names = ids.map(ctx.nameOf);
    const large = inside.length >= Math.max(3, 0.1 * total);
    return gap({
      id: `FRAGMENTATION:${[...ids].sort()[0]}`,
      kind: 'FRAGMENTATION',
      severity: large ? 'HIGH' : 'MEDIUM',
      actorIds: ids,
      areaIds: ctx.areasOf(ids),
      explanation: bilingual((l) =>
        say(
          l,
          `${ids.length} actoren (${listOf(names, l)}) werken onderling samen, maar hebben geen enkele band met de rest van het netwerk.`,
          `${ids.length} actors (${listOf(names, l)}) work with each other but have no tie at all to the rest of the network.`,
        ),
      ),
    });
  });
}

function pieceIds(ctx: GapContext, part: Part, cut: Parameters<typeof membersOf>[2]): string[] {
  const nodes = membersOf(ctx.cuts, part, cut, { limit: maxListedActors, weights: ctx.ag.insideWeights });
  return nodes.map((i) => ctx.ag.adjacency.ids[i] as string);
}
