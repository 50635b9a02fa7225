import type { LifeDomain, NodeKind, RelationKind, TargetGroup } from '@weefsel/graph-schema';

/** The actor fields the web asks for (a subset of the API's Actor type). */
export interface ActorSummary {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface ActorDetails extends ActorSummary {
  description: string | null;
  formal: boolean;
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
  /** The API withheld this person's name and contact from your role: show the kind instead. */
  personalDataHidden: boolean;
}

export interface NetworkActor extends ActorDetails {
  /** A partner outside the scope, drawn for context. */
  boundary: boolean;
}

export interface NetworkRelation {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  since: string | null;
  until: string | null;
  weight: number | null;
}

export interface Network {
  areaId: string | null;
  areaKind: NodeKind | null;
  asOf: string | null;
  nodes: NetworkActor[];
  relations: NetworkRelation[];
}
