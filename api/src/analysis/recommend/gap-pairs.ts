import type { ScopedActor } from '@weefsel/graph-schema';
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

/**
 * Who should get a new tie to close `gap`: the isolated or peripheral actor itself, the informal
 * actor and a formal one, an actor of the neighbourhood and one covering the missing domain or target
 * group, an actor of each unlinked domain, the cut-off group and anyone outside it.
 */
export function gapSides(ctx: RecommendContext, gap: Gap, inArea: number[]): GapSides | null {
  const indexOf = ctx.ag.adjacency.indexOf;
  const nodes = (ids: readonly string[]) => ids.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  const subject = nodes(gap.actorIds.slice(0, 1));
  const plain = (b: ScopedActor) => plainActorKinds.has(b.kind);
  const local = inArea.slice(0, maxFromSide);
  switch (gap.kind) {
    case 'ISOLATED_ACTOR':
    case 'PERIPHERAL_ACTOR':
      return { from: subject, to: () => true, nearbyOnly: true };
    case 'INFORMAL_WITHOUT_FORMAL':
      return { from: subject, to: (b) => plain(b) && b.formal };
    case 'FORMAL_WITHOUT_INFORMAL':
      return { from: nodes(gap.actorIds).slice(0, maxFromSide), to: (b) => plain(b) && !b.formal };
    case 'DOMAIN_ABSENT':
      return { from: local, to: (b) => b.domains.some((d) => gap.domains.includes(d)) };
    case 'TARGET_GROUP_UNSERVED':
      return { from: local, to: (b) => b.targetGroups.some((g) => gap.targetGroups.includes(g)) };
    case 'DOMAIN_PAIR_UNLINKED': {
      const [d1, d2] = gap.domains;
      if (!d1 || !d2) return null;
      const with1 = inArea.filter((i) => ctx.actorAt(i).domains.includes(d1)).slice(0, maxFromSide);
      return { from: with1, to: (b) => b.domains.includes(d2) && inArea.includes(indexOf.get(b.id) ?? -1) };
    }
    default: {
      // Articulation point, broker, bridge tie, fragmentation: a second route from the group concerned.
      const group = new Set(gap.actorIds);
      return { from: nodes(gap.actorIds).slice(0, maxFromSide), to: (b) => !group.has(b.id), nearbyOnly: true };
    }
  }
}
