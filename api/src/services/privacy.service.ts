import { foldText, nodeKinds, personNameKinds, roles, type Contact, type NodeKind, type Role } from '@weefsel/graph-schema';
import type { GraphStore } from '../store/graph-store';
import { changesSince } from '../store/cached-reads';
import { MarkCache } from '../store/mark-cache';
import { buildNameScrubber, type NameScrubber, type ScrubbedPerson } from './name-scrubber';

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

export { personNameKinds } from '@weefsel/graph-schema';

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

export type { NameScrubber } from './name-scrubber';

/** What a viewer reads instead of a contact person's name (Dutch, the default language). */
export const contactPersonLabel = 'Contactpersoon';

/** A person's name, e-mail and phone become the label of its kind. */
export function nameScrubber(people: readonly { kind: NodeKind; name: string; contact?: Contact | null }[], keep?: ReadonlySet<string>): NameScrubber {
  return buildNameScrubber(people.map((p) => ({ name: p.name, label: nodeKinds[p.kind].label.nl, email: p.contact?.email, phone: p.contact?.phone })), keep);
}

/** Whether an actor gives the scrubber anything: a person's name, a contact person, an area's words. */
function feedsScrubber(actor: { kind: NodeKind; contact: Contact | null }): boolean {
  return personNameKinds.includes(actor.kind) || !!actor.contact?.person || nodeKinds[actor.kind].area;
}

interface KeptScrubber {
  scrubber: NameScrubber;
  /** The actors it was built from: a write to any other actor that gives it nothing leaves it as it is. */
  sources: ReadonlySet<string>;
}

/** Reads the names of people from the store, for scrubbing free text shown to a viewer. */
export class PrivacyService {
  constructor(
    private readonly store: GraphStore,
    private readonly cache: MarkCache = new MarkCache(store),
  ) {}

  /**
   * The names of all people, to scrub from free text. Every viewer's request asks for it, so it is
   * kept through writes that touched none of the actors it was built from and gave no other actor
   * a name to scrub (the store's change log says which actors they touched); otherwise rebuilt.
   */
  async scrubber(): Promise<NameScrubber> {
    const kept = await this.cache.get('name-scrubber', () => this.build(), {
      update: async (stale, staleMark, mark) => {
        const changes = await changesSince(this.cache, this.store, staleMark, mark, null);
        if (!changes || changes.actorIds.some((id) => stale.sources.has(id)) || changes.actors.some(feedsScrubber)) return null;
        return stale;
      },
    });
    return kept.scrubber;
  }

  /**
   * Every actor is read: people by their name and contact, contact persons of the others, and
   * the names of areas, whose words are never replaced alone ("Brugge" as a surname).
   */
  private async build(): Promise<KeptScrubber> {
    const people: ScrubbedPerson[] = [];
    const keep = new Set<string>();
    const sources = new Set<string>();
    for (let offset = 0; ; offset += 500) {
      const page = await this.store.listActors({}, { offset, limit: 500 });
      for (const actor of page.items) {
        if (feedsScrubber(actor)) sources.add(actor.id);
        if (personNameKinds.includes(actor.kind)) {
          people.push({ name: actor.name, label: nodeKinds[actor.kind].label.nl, email: actor.contact?.email, phone: actor.contact?.phone });
        }
        if (actor.contact?.person) people.push({ name: actor.contact.person, label: contactPersonLabel });
        if (nodeKinds[actor.kind].area) for (const word of foldText(actor.name).split(/[^\p{L}\p{N}]+/u)) keep.add(word);
      }
      if (page.items.length < 500) break;
    }
    return { scrubber: buildNameScrubber(people, keep), sources };
  }
}
