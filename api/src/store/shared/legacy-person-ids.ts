import { createHash, randomBytes } from 'node:crypto';
import { deriveRelationId, foldText, nodeKinds, type NodeKind, type RelationKind } from '@weefsel/graph-schema';

/**
 * Older versions gave an imported person the id `<kind>-<first 12 hex of SHA-256 of the folded
 * name>` (then `-2`, `-3` on a clash): anyone with a list of names could reverse it. Stores rename
 * such ids at start to random ones (see `newPersonId`), relations and their derived ids included.
 */
export function legacyPersonIdBase(kind: NodeKind, name: string): string {
  const readable = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'actor';
  return `${kind.toLowerCase()}-${createHash('sha256').update(readable).digest('hex').slice(0, 12)}`;
}

export function isLegacyPersonId(actor: { id: string; kind: NodeKind; name: string }): boolean {
  if (!(nodeKinds[actor.kind].personalProperties as readonly string[]).includes('name')) return false;
  const base = legacyPersonIdBase(actor.kind, actor.name);
  return actor.id === base || new RegExp(`^${base}-\\d+$`).test(actor.id);
}

/** A person's id with no relation to the name: the kind and random hex. */
export function newPersonId(kind: NodeKind): string {
  return `${kind.toLowerCase()}-${randomBytes(6).toString('hex')}`;
}

/** A relation's id after an endpoint was renamed: re-derived when it was derived, else kept. */
export function renamedRelationId(relation: { id: string; kind: string; source: string; target: string }, from: string, to: string): string {
  const swap = (id: string) => (id === from ? to : id);
  const kind = relation.kind as RelationKind;
  return relation.id === deriveRelationId(kind, relation.source, relation.target) ? deriveRelationId(kind, swap(relation.source), swap(relation.target)) : relation.id;
}
