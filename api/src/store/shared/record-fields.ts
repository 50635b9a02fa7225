import {
  actorDefaults,
  defaultRelationStatus,
  foldText,
  type Actor,
  type ActorInput,
  type Contact,
  type Relation,
  type ValidRelation,
} from '@weefsel/graph-schema';

/** The stored properties of an actor, without timestamps: what "unchanged" compares. */
export type ActorFields = Omit<Actor, 'createdAt' | 'updatedAt'>;
export type RelationFields = Omit<Relation, 'createdAt' | 'updatedAt'>;

/** Contact fields sorted by key without empty ones, so equal contacts serialise equally. */
export function canonicalContact(contact: Contact | null): Contact | null {
  if (!contact) return null;
  const entries = Object.entries(contact)
    .filter(([, value]) => typeof value === 'string' && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length > 0 ? (Object.fromEntries(entries) as Contact) : null;
}

/** A validated actor input with the defaults of its kind applied and its contact in canonical form. */
export function actorFields(input: ActorInput): ActorFields {
  const actor = actorDefaults(input);
  return { ...actor, contact: canonicalContact(actor.contact) };
}

/** A validated relation input with every optional property spelled out as null. */
export function relationFields(input: ValidRelation): RelationFields {
  return {
    id: input.id,
    kind: input.kind,
    source: input.source,
    target: input.target,
    since: input.since ?? null,
    until: input.until ?? null,
    weight: input.weight ?? null,
    note: input.note ?? null,
    status: input.status ?? defaultRelationStatus,
  };
}

/** The key the stores sort and search names by. */
export function nameKey(name: string): string {
  return foldText(name);
}

export function sameActorFields(a: ActorFields, b: ActorFields): boolean {
  return (
    a.kind === b.kind &&
    a.name === b.name &&
    a.description === b.description &&
    a.formal === b.formal &&
    JSON.stringify(a.domains) === JSON.stringify(b.domains) &&
    JSON.stringify(a.targetGroups) === JSON.stringify(b.targetGroups) &&
    JSON.stringify(canonicalContact(a.contact)) === JSON.stringify(canonicalContact(b.contact)) &&
    a.since === b.since &&
    a.until === b.until
  );
}

export function sameRelationFields(a: RelationFields, b: RelationFields): boolean {
  return (
    a.kind === b.kind &&
    a.source === b.source &&
    a.target === b.target &&
    a.since === b.since &&
    a.until === b.until &&
    a.weight === b.weight &&
    a.note === b.note &&
    a.status === b.status
  );
}
