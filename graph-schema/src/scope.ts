import type { NodeKind } from './node-kinds';
import type { Actor, Relation } from './records';

/** The part of the network a view or analysis looks at: the whole graph, or one area. */
export interface Scope {
  /** A care zone, municipality or neighbourhood; absent for the whole graph. */
  areaId?: string | null | undefined;
}

/** An actor in a subgraph: `boundary` marks a partner outside the scope, drawn for context. */
export interface ScopedActor extends Actor {
  boundary: boolean;
}

export interface Subgraph {
  areaId: string | null;
  areaKind: NodeKind | null;
  /** The date the network was taken at (YYYY-MM-DD), or null for all relations ever recorded. */
  asOf: string | null;
  nodes: ScopedActor[];
  relations: Relation[];
}
