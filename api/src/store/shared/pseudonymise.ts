import { nodeKinds, ValidationError, type Actor } from '@weefsel/graph-schema';
import type { AuditEntry } from '../user-audit-store';
import { legacyPersonIdBase } from './legacy-person-ids';

/** Shorter values (initials, "Jo") would rewrite unrelated words in notes: they are left alone. */
const minimumValueLength = 3;

/** What identifies the person in audit entries: the actor id and its personal values. */
export interface PersonTraces {
  id: string;
  /** Name and contact values, longest first so a full name is replaced before a part of it. */
  values: string[];
}

/** Only actors whose kind marks the name as personal are people who can be erased. */
export function checkErasable(actorId: string, actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) {
    throw new ValidationError('erasePerson', [{ path: 'actorId', message: `no actor with id "${actorId}"` }]);
  }
  const personal: readonly string[] = nodeKinds[actor.kind].personalProperties;
  if (!personal.includes('name')) {
    throw new ValidationError('erasePerson', [
      {
        path: 'actorId',
        message: `"${actorId}" is a ${actor.kind}, not a person; to remove a contact person, update the actor's contact`,
      },
    ]);
  }
}

type Snapshot = Pick<Actor, 'name' | 'contact'> | Record<string, unknown>;

function personalValues(snapshot: Snapshot | null): unknown[] {
  if (!snapshot) return [];
  const contact = snapshot.contact !== null && typeof snapshot.contact === 'object' ? Object.values(snapshot.contact) : [];
  return [snapshot.name, ...contact];
}

/**
 * The person's values now, and those of earlier versions in `history` (the audit entries about
 * this actor): a renamed person's old name must go too.
 */
export function personTraces(actor: Actor, history: readonly AuditEntry[] = []): PersonTraces {
  const earlier = history.filter((entry) => entry.targetId === actor.id).flatMap((entry) => [entry.before, entry.after]);
  const names = [actor, ...earlier].map((snapshot) => snapshot?.name).filter((name): name is string => typeof name === 'string');
  // An id from before people got random ids is a hash of the name: it goes like the name.
  const values = [...[actor, ...earlier].flatMap((snapshot) => personalValues(snapshot)), ...names.map((name) => legacyPersonIdBase(actor.kind, name))]
    .filter((v): v is string => typeof v === 'string' && v.length >= minimumValueLength)
    .sort((a, b) => b.length - a.length);
  return { id: actor.id, values: [...new Set(values)] };
}

/** Relation ids are `source--KIND--target`: an id is replaced where it stands as a whole segment. */
function replaceId(text: string, id: string, pseudonym: string): string {
  if (text === id) return pseudonym;
  if (!text.includes('--')) return text;
  return text
    .split('--')
    .map((part) => (part === id ? pseudonym : part))
    .join('--');
}

function scrubText(text: string, traces: PersonTraces, pseudonym: string): string {
  let out = replaceId(text, traces.id, pseudonym);
  for (const value of traces.values) out = out.split(value).join(pseudonym);
  return out;
}

function scrubValue(value: unknown, traces: PersonTraces, pseudonym: string): unknown {
  if (typeof value === 'string') return scrubText(value, traces, pseudonym);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, traces, pseudonym));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, traces, pseudonym)]));
  }
  return value;
}

/** Strings a store can search its entries for to find candidates (exact check is `pseudonymiseEntry`). */
export function traceNeedles(traces: PersonTraces): string[] {
  return [traces.id, ...traces.values];
}

/** The entry with every trace of the person replaced by the pseudonym, or null when it has none. */
export function pseudonymiseEntry(entry: AuditEntry, traces: PersonTraces, pseudonym: string): AuditEntry | null {
  const scrubbed: AuditEntry = {
    ...entry,
    targetId: entry.targetId === null ? null : scrubText(entry.targetId, traces, pseudonym),
    before: scrubValue(entry.before, traces, pseudonym) as AuditEntry['before'],
    after: scrubValue(entry.after, traces, pseudonym) as AuditEntry['after'],
  };
  return JSON.stringify(scrubbed) === JSON.stringify(entry) ? null : scrubbed;
}
