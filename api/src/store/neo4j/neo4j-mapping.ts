import { isInt } from 'neo4j-driver';
import { defaultRelationStatus, type Actor, type Contact, type LifeDomain, type NodeKind, type Relation, type RelationKind, type RelationStatus, type TargetGroup } from '@weefsel/graph-schema';
import { canonicalContact } from '../shared/record-fields';
import { actorListKeys, relationListKeys } from './cypher/projections';

const contactKeys = ['email', 'phone', 'website', 'address', 'person'] as const satisfies readonly (keyof Contact)[];

/**
 * Integers come back from the driver as `Integer` objects (64-bit); everything this store keeps
 * fits a JS number. Floats (weights) come back as plain numbers.
 */
export function toNumber(value: unknown): number {
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new Error(`toNumber: expected a number from Neo4j, got ${JSON.stringify(value)}`);
}

function toNumberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function requiredText(value: unknown, field: string, record: Record<string, unknown>): string {
  if (typeof value !== 'string') {
    throw new Error(`Neo4j record is missing ${field} (a string): ${JSON.stringify(record)}; was it written outside this store?`);
  }
  return value;
}

function strings<T extends string>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((v): v is T => typeof v === 'string') : [];
}

/** Contact as stored: canonical JSON (sorted keys, no empty fields), so equal contacts are equal strings. */
export function contactToJson(contact: Contact | null): string | null {
  const canonical = canonicalContact(contact);
  return canonical ? JSON.stringify(canonical) : null;
}

export function contactFromJson(value: unknown): Contact | null {
  if (typeof value !== 'string') return null;
  const parsed: unknown = JSON.parse(value);
  if (typeof parsed !== 'object' || parsed === null) return null;
  const source = parsed as Record<string, unknown>;
  const contact: Contact = {};
  for (const key of contactKeys) {
    if (typeof source[key] === 'string') contact[key] = source[key];
  }
  return canonicalContact(contact);
}

/** An actor map (see `actorMap`) as an `Actor`; absent properties are the stored "no value". */
export function toActor(record: Record<string, unknown>): Actor {
  return {
    id: requiredText(record.id, 'id', record),
    kind: requiredText(record.kind, 'kind', record) as NodeKind,
    name: requiredText(record.name, 'name', record),
    description: text(record.description),
    formal: record.formal === true,
    domains: strings<LifeDomain>(record.domains),
    targetGroups: strings<TargetGroup>(record.targetGroups),
    contact: contactFromJson(record.contact),
    since: text(record.since),
    until: text(record.until),
    createdAt: requiredText(record.createdAt, 'createdAt', record),
    updatedAt: requiredText(record.updatedAt, 'updatedAt', record),
  };
}

/** A relation map (see `relationMap`) as a `Relation`. */
export function toRelation(record: Record<string, unknown>): Relation {
  return {
    id: requiredText(record.id, 'id', record),
    kind: requiredText(record.kind, 'kind', record) as RelationKind,
    source: requiredText(record.source, 'source', record),
    target: requiredText(record.target, 'target', record),
    since: text(record.since),
    until: text(record.until),
    weight: toNumberOrNull(record.weight),
    note: text(record.note),
    // Relations written before statuses existed have none: they were active.
    status: (text(record.status) ?? defaultRelationStatus) as RelationStatus,
    createdAt: requiredText(record.createdAt, 'createdAt', record),
    updatedAt: requiredText(record.updatedAt, 'updatedAt', record),
  };
}

/** Values in `keys` order back into a map, so list projections share the checks of the map ones. */
function fromList(keys: readonly string[], values: unknown, what: string): Record<string, unknown> {
  if (!Array.isArray(values) || values.length !== keys.length) {
    throw new Error(`${what}: expected a list of ${keys.length} values from Neo4j, got ${JSON.stringify(values)}`);
  }
  const record: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    record[key] = values[i];
  });
  return record;
}

/** An actor list (see `actorList`) as an `Actor`. */
export function actorFromList(values: unknown): Actor {
  return toActor(fromList(actorListKeys, values, 'actorFromList'));
}

/** A relation list (see `relationList`) as a `Relation`. */
export function relationFromList(values: unknown): Relation {
  return toRelation(fromList(relationListKeys, values, 'relationFromList'));
}
