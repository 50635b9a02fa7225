import { foldText, personNameKinds, type NodeKind } from '@weefsel/graph-schema';
import type { ActorIdentity } from '../store/graph-store';
import { legacyPersonIdBase, newPersonId } from '../store/shared/legacy-person-ids';
import type { Failure } from './values';

export type Resolved = { ok: true; id: string } | ({ ok: false } & Failure);

/**
 * The actors an import can refer to: those in the store and those in the file (the file wins for
 * an id in both). References are by id, or by a name that only one actor carries.
 */
export class ActorLookup {
  private readonly kinds = new Map<string, NodeKind>();
  private readonly storedKinds = new Map<string, NodeKind>();
  private readonly names = new Map<string, Set<string>>();
  private readonly nameOf = new Map<string, string>();
  private readonly newPeople = new Map<string, string>();
  /** A stored person's id from before random ids (the hash of the name), to its id now; '' when two share it. */
  private readonly formerIds = new Map<string, string>();

  constructor(stored: readonly ActorIdentity[]) {
    for (const actor of stored) {
      this.storedKinds.set(actor.id, actor.kind);
      this.add(actor.id, actor.kind, actor.name);
      if (!personNameKinds.includes(actor.kind)) continue;
      const former = legacyPersonIdBase(actor.kind, actor.name);
      this.formerIds.set(former, this.formerIds.has(former) ? '' : actor.id);
    }
  }

  /**
   * The id now of a stored person that a sheet exported before the rename names by its old id
   * (see shared/legacy-person-ids), so re-importing that sheet updates the person instead of
   * adding a copy under the old id.
   */
  renamedFrom(id: string): string | undefined {
    if (this.kinds.has(id)) return undefined;
    return this.formerIds.get(id.replace(/^([a-z]+-[0-9a-f]{12})-\d+$/, '$1')) || undefined;
  }

  add(id: string, kind: NodeKind, name: string): void {
    const previous = this.nameOf.get(id);
    if (previous !== undefined) this.names.get(previous)?.delete(id);
    const folded = foldText(name);
    this.kinds.set(id, kind);
    this.nameOf.set(id, folded);
    const ids = this.names.get(folded) ?? new Set<string>();
    ids.add(id);
    this.names.set(folded, ids);
  }

  /** A new id for a row of this kind and name; the same person twice in one plan gets one id. */
  newId(kind: NodeKind, name: string, taken: (id: string) => boolean): string {
    if (!personNameKinds.includes(kind)) return deriveActorId(kind, name, taken);
    const key = `${kind} ${foldText(name)}`;
    const id = this.newPeople.get(key) ?? deriveActorId(kind, name, taken);
    this.newPeople.set(key, id);
    return id;
  }

  kindOf(id: string): NodeKind | undefined {
    return this.kinds.get(id);
  }

  isStored(id: string): boolean {
    return this.storedKinds.has(id);
  }

  /** The id of the one stored actor of this kind and name, for rows without an id. */
  existingId(kind: NodeKind, name: string): string | undefined {
    const ids = [...(this.names.get(foldText(name)) ?? [])].filter((id) => this.storedKinds.get(id) === kind);
    return ids.length === 1 ? ids[0] : undefined;
  }

  resolve(reference: string, kind?: NodeKind): Resolved {
    if (this.kinds.has(reference) && (!kind || this.kinds.get(reference) === kind)) return { ok: true, id: reference };
    const renamed = this.renamedFrom(reference);
    if (renamed && (!kind || this.kinds.get(renamed) === kind)) return { ok: true, id: renamed };
    const ids = [...(this.names.get(foldText(reference)) ?? [])].filter((id) => !kind || this.kinds.get(id) === kind);
    if (ids.length === 1) return { ok: true, id: ids[0] as string };
    if (ids.length > 1) {
      const shown = ids.slice(0, 5).join(', ');
      const reason = `"${reference}" is the name of ${ids.length} actors (${shown}); use the id instead`;
      return { ok: false, reason, code: 'ambiguousName', params: { value: reference, count: ids.length, ids: shown } };
    }
    const reason = `no actor with id or name "${reference}"${kind ? ` of kind ${kind}` : ''} in the file or the store`;
    return { ok: false, reason, code: 'unknownReference', params: { value: reference } };
  }
}

/**
 * A new actor's id for a row without one: readable and stable (kind and name) for organisations
 * and places, so a sheet re-imports onto the same actors. Ids are shown to every role, so a kind
 * whose name is personal data (a transition manager) gets random hex instead: a hash of the name
 * could be reversed with a list of names. A re-import still finds the person by name
 * (`existingId`), and `ActorLookup.newId` gives a person one id throughout a plan.
 */
export function deriveActorId(kind: NodeKind, name: string, taken: (id: string) => boolean): string {
  const readable = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'actor';
  if (personNameKinds.includes(kind)) {
    let id: string;
    do id = newPersonId(kind);
    while (taken(id));
    return id;
  }
  const base = `${kind.toLowerCase()}-${readable}`;
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}
