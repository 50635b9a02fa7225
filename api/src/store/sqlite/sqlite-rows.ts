import type { Actor, Contact, LifeDomain, NodeKind, Relation, RelationKind, RelationStatus, TargetGroup } from '@weefsel/graph-schema';
import { nameKey, type ActorFields, type RelationFields } from '../shared/record-fields';

/** Column lists in one place, so every SELECT maps with the functions below. */
export const actorColumns =
  'a.id, a.kind, a.name, a.name_folded, a.description, a.formal, a.domains, a.target_groups, a.contact, a.since, a.until, a.created_at, a.updated_at';
export const relationColumns = 'r.id, r.kind, r.source, r.target, r.since, r.until, r.weight, r.note, r.status, r.created_at, r.updated_at';

export interface ActorRow {
  id: string;
  kind: NodeKind;
  name: string;
  name_folded: string;
  description: string | null;
  formal: 0 | 1;
  domains: string;
  target_groups: string;
  contact: string | null;
  since: string | null;
  until: string | null;
  created_at: string;
  updated_at: string;
}

export interface RelationRow {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  since: string | null;
  until: string | null;
  weight: number | null;
  note: string | null;
  status: RelationStatus;
  created_at: string;
  updated_at: string;
}

export function toActor(row: ActorRow): Actor {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    description: row.description,
    formal: row.formal === 1,
    domains: JSON.parse(row.domains) as LifeDomain[],
    targetGroups: JSON.parse(row.target_groups) as TargetGroup[],
    contact: row.contact === null ? null : (JSON.parse(row.contact) as Contact),
    since: row.since,
    until: row.until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toRelation(row: RelationRow): Relation {
  return {
    id: row.id,
    kind: row.kind,
    source: row.source,
    target: row.target,
    since: row.since,
    until: row.until,
    weight: row.weight,
    note: row.note,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Named parameters of the actor upsert; `now` becomes created_at on insert, updated_at on change. */
export function actorParams(actor: ActorFields, now: string) {
  return {
    id: actor.id,
    kind: actor.kind,
    name: actor.name,
    nameFolded: nameKey(actor.name),
    description: actor.description,
    formal: actor.formal ? 1 : 0,
    domains: JSON.stringify(actor.domains),
    targetGroups: JSON.stringify(actor.targetGroups),
    contact: actor.contact === null ? null : JSON.stringify(actor.contact),
    since: actor.since,
    until: actor.until,
    now,
  };
}

export function relationParams(relation: RelationFields, now: string) {
  return { ...relation, now };
}
