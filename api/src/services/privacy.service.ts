import { nodeKindNames, nodeKinds, roles, type Contact, type NodeKind, type Role } from '@weefsel/graph-schema';
import type { GraphStore } from '../store/graph-store';

/**
 * The privacy rules of graph-schema in one place: which roles see personal data, what a viewer
 * gets instead (the kind's label for a person's name, no contact of a person, no contact person
 * on any actor), and the names to remove from free text (descriptions, notes, explanations).
 */
export function seesPersonalData(role: Role | null): boolean {
  return role !== null && roles[role].seesPersonalData;
}

function personal(kind: NodeKind): readonly string[] {
  return nodeKinds[kind].personalProperties;
}

/** Kinds whose name identifies a person (transition managers). */
export const personNameKinds: NodeKind[] = nodeKindNames.filter((kind) => personal(kind).includes('name'));

export function hidesPersonalData(actor: { kind: NodeKind }): boolean {
  return personal(actor.kind).length > 0;
}

/** A viewer sees the role, not the person: "Transitiemanager" (Dutch, the default language). */
export function viewerName(actor: { kind: NodeKind; name: string }): string {
  return personal(actor.kind).includes('name') ? nodeKinds[actor.kind].label.nl : actor.name;
}

/** No contact at all for a person; no contact person for anyone else. */
export function viewerContact(actor: { kind: NodeKind; contact: Contact | null }): Contact | null {
  if (personal(actor.kind).includes('contact') || actor.contact === null) return null;
  const { person: _person, ...rest } = actor.contact;
  return Object.keys(rest).length > 0 ? rest : null;
}

/** Replaces every person's name in a text by the label of their kind. */
export interface NameScrubber {
  scrub(text: string): string;
}

const noScrubbing: NameScrubber = { scrub: (text) => text };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function nameScrubber(people: readonly { kind: NodeKind; name: string }[]): NameScrubber {
  const labels = new Map(people.filter((p) => p.name.length >= 3).map((p) => [p.name, nodeKinds[p.kind].label.nl]));
  if (labels.size === 0) return noScrubbing;
  // Longest first, and whole words only, so "An" in "Antwerpen" is never taken for a name.
  const names = [...labels.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { scrub: (text) => text.replace(pattern, (name) => labels.get(name) ?? name) };
}

/** Reads the names of people from the store, for scrubbing free text shown to a viewer. */
export class PrivacyService {
  /** The last scrubber built, valid while the store's change mark stays the same. */
  private cached: { mark: string; scrubber: Promise<NameScrubber> } | undefined;

  constructor(private readonly store: GraphStore) {}

  /** The names of all people, to scrub from free text; rebuilt only after the graph changed. */
  async scrubber(): Promise<NameScrubber> {
    const mark = await this.store.changeMark();
    if (mark !== null && this.cached?.mark === mark) return this.cached.scrubber;
    const building = this.build();
    if (mark !== null) this.cached = { mark, scrubber: building };
    building.catch(() => {
      if (this.cached?.scrubber === building) this.cached = undefined;
    });
    return building;
  }

  private async build(): Promise<NameScrubber> {
    if (personNameKinds.length === 0) return noScrubbing;
    const people: { kind: NodeKind; name: string }[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await this.store.listActors({ kinds: personNameKinds }, { offset, limit: 500 });
      people.push(...page.items);
      if (page.items.length < 500) break;
    }
    return nameScrubber(people);
  }
}
