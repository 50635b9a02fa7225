import type { GapKind, ScopedActor } from '@weefsel/graph-schema';
import type { Gap } from '../gaps/gap';
import { plainActorKinds } from '../kinds';
import type { RecommendContext } from './recommend-context';

/** The actors on each side of the new ties that could close a gap (node indices of the region graph). */
export interface GapSides {
  from: number[];
  /** Whether actor b may be the other end. */
  to: (b: ScopedActor) => boolean;
  /**
   * When any actor may be the other end: look only near `a` (see `nearby`), or a large care zone
   * means scoring every actor of it for every actor of the gap. Otherwise near actors are tried
   * first and the whole graph only when none of them fits.
   */
  nearbyOnly?: boolean;
}

/**
 * The actors near node a: partners of its partners (the only ones with a structural score) and the
 * actors of every area below the top one it lies in (its municipality and neighbourhood: proximity of
 * 2/3 or more). Null when a lies in no such area: then every actor is a candidate.
 */
export function nearby(ctx: RecommendContext, a: number): Set<number> | null {
  const { offsets, neighbours } = ctx.ag.adjacency;
  const areas = [...ctx.areasOf(a)].filter(([, depth]) => depth >= 1).map(([id]) => id);
  if (areas.length === 0) return null;
  const near = new Set<number>();
  for (const area of areas) for (const i of ctx.membersOf(area)) near.add(i);
  for (let s = offsets[a] as number; s < (offsets[a + 1] as number); s++) {
    const z = neighbours[s] as number;
    for (let t = offsets[z] as number; t < (offsets[z + 1] as number); t++) near.add(neighbours[t] as number);
  }
  return near;
}

/** Most gaps concern a handful of actors; a whole neighbourhood is cut at this many on the first side. */
export const maxFromSide = 10;

/** What a side rule sees: the context, the gap, the area's actors and shorthands over them. */
interface SideInput {
  ctx: RecommendContext;
  gap: Gap;
  inArea: number[];
  /** The node indices of these actor ids (those in the graph). */
  nodes: (ids: readonly string[]) => number[];
  /** An actor that can partner (not an area, project or person). */
  plain: (b: ScopedActor) => boolean;
}

/** A second route from the group the gap concerns: anyone near outside it. */
function secondRoute({ gap, nodes }: SideInput): GapSides {
  const group = new Set(gap.actorIds);
  return { from: nodes(gap.actorIds).slice(0, maxFromSide), to: (b) => !group.has(b.id), nearbyOnly: true };
}

/**
 * Who should get a new tie to close a gap of each kind: the isolated or peripheral actor itself, the
 * informal actor and a formal one, an actor of the neighbourhood and one covering the missing
 * domain or target group, an actor of each unlinked domain, the cut-off group and anyone outside it.
 * A record over every gap kind, so a new kind does not compile until it says who closes it.
 */
const gapSideRules: Record<GapKind, (input: SideInput) => GapSides | null> = {
  ISOLATED_ACTOR: ({ gap, nodes }) => ({ from: nodes(gap.actorIds.slice(0, 1)), to: () => true, nearbyOnly: true }),
  PERIPHERAL_ACTOR: ({ gap, nodes }) => ({ from: nodes(gap.actorIds.slice(0, 1)), to: () => true, nearbyOnly: true }),
  INFORMAL_WITHOUT_FORMAL: ({ gap, nodes, plain }) => ({ from: nodes(gap.actorIds.slice(0, 1)), to: (b) => plain(b) && b.formal }),
  FORMAL_WITHOUT_INFORMAL: ({ gap, nodes, plain }) => ({ from: nodes(gap.actorIds).slice(0, maxFromSide), to: (b) => plain(b) && !b.formal }),
  DOMAIN_ABSENT: ({ gap, inArea }) => ({ from: inArea.slice(0, maxFromSide), to: (b) => b.domains.some((d) => gap.domains.includes(d)) }),
  TARGET_GROUP_UNSERVED: ({ gap, inArea }) => ({ from: inArea.slice(0, maxFromSide), to: (b) => b.targetGroups.some((g) => gap.targetGroups.includes(g)) }),
  DOMAIN_PAIR_UNLINKED: ({ ctx, gap, inArea }) => {
    const [d1, d2] = gap.domains;
    if (!d1 || !d2) return null;
    const with1 = inArea.filter((i) => ctx.actorAt(i).domains.includes(d1)).slice(0, maxFromSide);
    return { from: with1, to: (b) => b.domains.includes(d2) && inArea.includes(ctx.ag.adjacency.indexOf.get(b.id) ?? -1) };
  },
  ARTICULATION_POINT: secondRoute,
  BROKER_DEPENDENCE: secondRoute,
  BRIDGE_TIE: secondRoute,
  FRAGMENTATION: secondRoute,
};

/** The two sides of the new ties that could close `gap` (see `gapSideRules`); null when there are none. */
export function gapSides(ctx: RecommendContext, gap: Gap, inArea: number[]): GapSides | null {
  const indexOf = ctx.ag.adjacency.indexOf;
  const nodes = (ids: readonly string[]) => ids.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  return gapSideRules[gap.kind]({ ctx, gap, inArea, nodes, plain: (b) => plainActorKinds.has(b.kind) });
}
