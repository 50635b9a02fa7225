import { randomInt } from './prng';
import type { World } from './world';

/** How far a tie reaches: same neighbourhood, municipality, care zone, or anywhere. */
export const Reach = { Neighbourhood: 0, Municipality: 1, Zone: 2, Anywhere: 3 } as const;
export type Reach = (typeof Reach)[keyof typeof Reach];

/** Chance that a partner is drawn by degree (preferential attachment) rather than uniformly. */
const preferentialShare = 0.75;

interface Members {
  offsets: Int32Array;
  nodes: Int32Array;
}

/**
 * Who can collaborate with whom, per area. Members are stored flat (one array, offsets per area
 * node) because 50,000 small arrays would cost far more memory. Besides uniform draws, every tie
 * end is remembered per area, so drawing from those lists favours actors that already have many
 * ties: the rich get richer, which skews the degrees the way real networks are skewed.
 */
export class ScopePools {
  readonly participants: Int32Array;
  private readonly members: Members[];
  private readonly tieEnds: (number[] | undefined)[];
  private readonly globalEnds: number[] = [];

  constructor(private readonly world: World) {
    const n = world.ids.length;
    const eligible: number[] = [];
    for (let i = 0; i < n; i++) {
      if (world.kinds[i] !== 'Neighbourhood' && world.isolated[i] === 0) eligible.push(i);
    }
    this.participants = Int32Array.from(eligible);
    this.members = [world.neighbourhoodOf, world.municipalityOf, world.zoneOf].map((areaOf) => this.group(areaOf));
    // One list per (area, reach): a municipality node is its own municipality and inside a zone.
    this.tieEnds = new Array(n * 3);
    // Appeal is a head start: hubs are in the lists before they have a single tie.
    for (const node of this.participants) {
      for (let k = 0; k < (world.appeal[node] ?? 0); k++) this.record(node);
    }
  }

  areaOf(reach: number, node: number): number {
    if (reach === Reach.Neighbourhood) return this.world.neighbourhoodOf[node] ?? -1;
    if (reach === Reach.Municipality) return this.world.municipalityOf[node] ?? -1;
    if (reach === Reach.Zone) return this.world.zoneOf[node] ?? -1;
    return -1;
  }

  /** A partner for `source` within `reach`, widening the reach while the area has nobody else. */
  draw(reach: Reach, source: number): number {
    const random = this.world.random;
    for (let r: number = reach; r < Reach.Anywhere; r++) {
      const area = this.areaOf(r, source);
      const members = this.members[r];
      if (area < 0 || !members) continue;
      const from = members.offsets[area] ?? 0;
      const count = (members.offsets[area + 1] ?? 0) - from;
      if (count < 2) continue;
      const list = this.endsOf(r, area);
      if (list && list.length > 0 && random() < preferentialShare) return list[randomInt(random, list.length)] as number;
      return members.nodes[from + randomInt(random, count)] as number;
    }
    if (this.globalEnds.length > 0 && random() < preferentialShare) return this.globalEnds[randomInt(random, this.globalEnds.length)] as number;
    return this.participants[randomInt(random, this.participants.length)] as number;
  }

  /** A source drawn uniformly, or by degree with the preferential share. */
  drawSource(): number {
    const random = this.world.random;
    if (this.globalEnds.length > 0 && random() < preferentialShare / 2) return this.globalEnds[randomInt(random, this.globalEnds.length)] as number;
    return this.participants[randomInt(random, this.participants.length)] as number;
  }

  /** Remembers a new tie end, in every area the node belongs to. */
  record(node: number): void {
    this.globalEnds.push(node);
    for (let r: number = Reach.Neighbourhood; r < Reach.Anywhere; r++) {
      const area = this.areaOf(r, node);
      if (area < 0) continue;
      const slot = area * 3 + r;
      const list = this.tieEnds[slot];
      if (list) list.push(node);
      else this.tieEnds[slot] = [node];
    }
  }

  private endsOf(reach: number, area: number): number[] | undefined {
    return this.tieEnds[area * 3 + reach];
  }

  private group(areaOf: Int32Array): Members {
    const n = this.world.ids.length;
    const offsets = new Int32Array(n + 1);
    for (const node of this.participants) {
      const area = areaOf[node] ?? -1;
      if (area >= 0) offsets[area + 1] = (offsets[area + 1] ?? 0) + 1;
    }
    for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
    const nodes = new Int32Array(offsets[n] ?? 0);
    const fill = offsets.slice(0, n);
    for (const node of this.participants) {
      const area = areaOf[node] ?? -1;
      if (area >= 0) nodes[(fill[area] = (fill[area] ?? 0) + 1) - 1] = node;
    }
    return { offsets, nodes };
  }
}
