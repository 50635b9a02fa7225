import type { ActorInput, NodeKind } from '@weefsel/graph-schema';
import type { ResolvedOptions } from './generate-options';
import type { Random } from './prng';
import { DateTable, RelationSink } from './relation-sink';

/**
 * The generator's working state. Nodes are numbered 0..n-1 in the order care zones,
 * municipalities, neighbourhoods, other actors; typed arrays keep 50,000 of them small and fast.
 * Scope fields hold node numbers, -1 for none.
 */
export interface World {
  options: ResolvedOptions;
  random: Random;
  ids: string[];
  kinds: NodeKind[];
  /** actors[i] describes node i. */
  actors: ActorInput[];
  zoneOf: Int32Array;
  municipalityOf: Int32Array;
  neighbourhoodOf: Int32Array;
  /** Day offset from which the actor exists; ties start on or after it. */
  startDay: Int32Array;
  /** Head start in preferential attachment: municipalities and intake desks draw partners. */
  appeal: Uint8Array;
  /** Actors that deliberately get no collaboration tie. */
  isolated: Uint8Array;
  /** Name → times used, to number repeated names ("Burenhulp Heidezele (2)"). */
  nameCounts: Map<string, number>;
  days: DateTable;
  sink: RelationSink;
}

export function createWorld(options: ResolvedOptions, random: Random): World {
  const n = options.actors;
  const ids = new Array<string>(n);
  const days = new DateTable(options.startYear, options.endYear);
  return {
    options,
    random,
    ids,
    kinds: new Array<NodeKind>(n),
    actors: [],
    zoneOf: new Int32Array(n).fill(-1),
    municipalityOf: new Int32Array(n).fill(-1),
    neighbourhoodOf: new Int32Array(n).fill(-1),
    startDay: new Int32Array(n),
    appeal: new Uint8Array(n),
    isolated: new Uint8Array(n),
    nameCounts: new Map(),
    days,
    sink: new RelationSink(ids, days),
  };
}

/** Zero-padded ids that sort in creation order: `mun-007`, `org-00042`. */
export function paddedId(prefix: string, index: number, count: number): string {
  return `${prefix}-${String(index + 1).padStart(Math.max(3, String(count).length), '0')}`;
}

/** Registers node `index` and its actor entry; nodes come in number order, so actors[i] is node i. */
export function addNode(world: World, index: number, actor: ActorInput): void {
  if (index !== world.actors.length) {
    throw new Error(`addNode: node ${index} added out of order (expected ${world.actors.length}); add nodes in number order`);
  }
  world.ids[index] = actor.id;
  world.kinds[index] = actor.kind;
  world.actors.push(actor);
}

/** The name once, then numbered: distinct names make search results and canvases readable. */
export function uniqueName(world: World, name: string): string {
  const seen = (world.nameCounts.get(name) ?? 0) + 1;
  world.nameCounts.set(name, seen);
  return seen === 1 ? name : `${name} (${seen})`;
}
