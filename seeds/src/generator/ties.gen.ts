import { ValidationError, relationKinds, type NodeKind, type RelationKind } from '@weefsel/graph-schema';
import { cumulative, pickWeighted } from './prng';
import { Reach, type ScopePools } from './scope-pools';
import { drawTieDates } from './tie-dates';
import type { World } from './world';

/** How common each collaboration kind is when both ends allow it; LEAD_OF is drawn per project. */
const tieWeights: Partial<Record<RelationKind, number>> = { PARTNERS_WITH: 10, REFERS_TO: 3, FUNDS: 1.2, COORDINATES: 0.8, COACHES: 0.8 };

interface KindChoices {
  kinds: RelationKind[];
  /** Whether the tie runs from the second node to the first. */
  reversed: boolean[];
  sums: Float64Array;
}

function allows(kind: RelationKind, source: NodeKind, target: NodeKind): boolean {
  const spec = relationKinds[kind];
  return (spec.sources as readonly NodeKind[]).includes(source) && (spec.targets as readonly NodeKind[]).includes(target);
}

/** The kinds a tie between two node kinds can take, in either direction, from graph-schema. */
function choicesFor(a: NodeKind, b: NodeKind): KindChoices {
  const kinds: RelationKind[] = [];
  const reversed: boolean[] = [];
  const weights: number[] = [];
  const offer = (kind: RelationKind, weight: number, backwards: boolean) => {
    kinds.push(kind);
    reversed.push(backwards);
    weights.push(weight);
  };
  for (const [kind, weight] of Object.entries(tieWeights) as [RelationKind, number][]) {
    const forward = allows(kind, a, b);
    if (forward) offer(kind, weight, false);
    // An undirected kind allowed one way is the same tie the other way: offer it once.
    if (allows(kind, b, a) && (relationKinds[kind].directed || !forward)) offer(kind, weight, true);
  }
  return { kinds, reversed, sums: cumulative(weights) };
}

/** Draws and adds collaboration ties; every tie end also feeds preferential attachment. */
export class TieMaker {
  private readonly choiceCache = new Map<string, KindChoices>();

  constructor(
    private readonly world: World,
    private readonly pools: ScopePools,
  ) {}

  /** Tries one tie of `source` within `reach`; false when the draw gave nothing new. */
  tryTie(source: number, reach: Reach): boolean {
    const { world } = this;
    const target = this.pools.draw(reach, source);
    if (target === source) return false;
    const choices = this.choices(world.kinds[source] as NodeKind, world.kinds[target] as NodeKind);
    if (choices.kinds.length === 0) return false;
    const c = pickWeighted(world.random, choices.sums);
    const [from, to] = choices.reversed[c] ? [target, source] : [source, target];
    return this.add(choices.kinds[c] as RelationKind, from, to);
  }

  add(kind: RelationKind, source: number, target: number): boolean {
    const dates = drawTieDates(this.world, source, target);
    if (!this.world.sink.add(kind, source, target, dates.since, dates.until)) return false;
    this.pools.record(source);
    this.pools.record(target);
    return true;
  }

  /** Mostly local: same neighbourhood or municipality; some care-zone-wide, a few anywhere. */
  drawReach(source: number): Reach {
    const x = this.world.random();
    if ((this.world.neighbourhoodOf[source] ?? -1) >= 0) {
      return x < 0.3 ? Reach.Neighbourhood : x < 0.7 ? Reach.Municipality : x < 0.9 ? Reach.Zone : Reach.Anywhere;
    }
    if ((this.world.municipalityOf[source] ?? -1) >= 0) return x < 0.6 ? Reach.Municipality : x < 0.88 ? Reach.Zone : Reach.Anywhere;
    return x < 0.8 ? Reach.Zone : Reach.Anywhere;
  }

  private choices(a: NodeKind, b: NodeKind): KindChoices {
    const key = `${a}>${b}`;
    let choices = this.choiceCache.get(key);
    if (!choices) this.choiceCache.set(key, (choices = choicesFor(a, b)));
    return choices;
  }
}

/** Each project gets one penhouder (LEAD_OF) from its own municipality, or the municipality itself. */
export function addProjectLeads(world: World, pools: ScopePools, ties: TieMaker, limit: number): void {
  const leadKinds = relationKinds.LEAD_OF.sources as readonly NodeKind[];
  let added = 0;
  for (let node = 0; node < world.ids.length && added < limit; node++) {
    if (world.kinds[node] !== 'Project') continue;
    let lead = world.municipalityOf[node] ?? -1;
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = pools.draw(Reach.Municipality, node);
      if (leadKinds.includes(world.kinds[candidate] as NodeKind)) {
        lead = candidate;
        break;
      }
    }
    if (lead >= 0 && ties.add('LEAD_OF', lead, node)) added++;
  }
}

/**
 * Collaboration ties until the sink holds `total` relations: first one tie from every participant
 * (when the budget allows), so only the deliberately isolated actors stay alone, then random ones.
 */
export function addCollaboration(world: World, pools: ScopePools, ties: TieMaker, total: number): void {
  const needed = total - world.sink.size;
  if (needed <= 0) return;
  if (needed >= pools.participants.length) {
    for (const node of pools.participants) {
      for (let attempt = 0; attempt < 6; attempt++) {
        if (ties.tryTie(node, attempt < 3 ? ties.drawReach(node) : Reach.Anywhere)) break;
      }
    }
  }
  const maxAttempts = 50 * needed + 1000;
  for (let attempts = 0, misses = 0; world.sink.size < total; attempts++) {
    if (attempts > maxAttempts || pools.participants.length < 2) {
      throw new ValidationError('generateGraph', [
        { path: 'relations', message: `placed only ${world.sink.size} of ${total}: the actors cannot hold more distinct ties; ask for fewer relations or more actors` },
      ]);
    }
    const source = pools.drawSource();
    const reach = misses > 4 ? Reach.Anywhere : ties.drawReach(source);
    misses = ties.tryTie(source, reach) ? 0 : misses + 1;
  }
}
