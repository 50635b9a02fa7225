import type { LifeDomain } from './life-domains';
import type { NodeKind } from './node-kinds';
import type { RelationKind } from './relation-kinds';
import type { RelationStatus } from './relation-statuses';
import type { TargetGroup } from './target-groups';

/** How to reach an actor. `person` names a contact person and is always personal data. */
export interface Contact {
  email?: string | undefined;
  phone?: string | undefined;
  website?: string | undefined;
  address?: string | undefined;
  person?: string | undefined;
}

/** An actor (any node, areas included) as written by clients and in the interchange format. */
export interface ActorInput {
  id: string;
  kind: NodeKind;
  name: string;
  description?: string | null | undefined;
  formal?: boolean | undefined;
  domains?: LifeDomain[] | undefined;
  targetGroups?: TargetGroup[] | undefined;
  contact?: Contact | null | undefined;
  /** First day the actor exists (YYYY-MM-DD: founded, started); absent when unknown, read as "always was". */
  since?: string | null | undefined;
  /** Last day the actor exists (YYYY-MM-DD, inclusive: closed, ended); absent while it lasts. */
  until?: string | null | undefined;
}

/** An actor as stored: defaults applied, timestamps set by the store (ISO 8601, UTC). */
export interface Actor {
  id: string;
  kind: NodeKind;
  name: string;
  description: string | null;
  formal: boolean;
  domains: LifeDomain[];
  targetGroups: TargetGroup[];
  contact: Contact | null;
  since: string | null;
  until: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RelationInput {
  id?: string | undefined;
  kind: RelationKind;
  source: string;
  target: string;
  /** First day of the relation (YYYY-MM-DD); absent when unknown, read as "always was". */
  since?: string | null | undefined;
  /** Last day of the relation (YYYY-MM-DD, inclusive); absent while it lasts. */
  until?: string | null | undefined;
  weight?: number | null | undefined;
  note?: string | null | undefined;
  /** Defaults to ACTIVE. */
  status?: RelationStatus | null | undefined;
}

export interface Relation {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  since: string | null;
  until: string | null;
  weight: number | null;
  note: string | null;
  status: RelationStatus;
  createdAt: string;
  updatedAt: string;
}

/** The interchange format: every node is an actor entry, every edge a relation entry. */
export interface GraphDocument {
  actors: ActorInput[];
  relations: RelationInput[];
}

/**
 * A relation is active on `date` when it had started (or has no known start) and had not ended; an
 * actor exists on `date` by the same rule over its own dates.
 */
export function isActiveOn(record: Pick<Relation, 'since' | 'until'>, date: string): boolean {
  return (record.since === null || record.since <= date) && (record.until === null || record.until >= date);
}

/**
 * A tie counts on `date` when it is active and both of its actors exist then: a tie recorded as
 * running past the day its project ended ended with it. Every store's reading of a day uses this rule.
 */
export function tieCountsOn(
  relation: Pick<Relation, 'since' | 'until'>,
  source: Pick<Actor, 'since' | 'until'>,
  target: Pick<Actor, 'since' | 'until'>,
  date: string,
): boolean {
  return isActiveOn(relation, date) && isActiveOn(source, date) && isActiveOn(target, date);
}
