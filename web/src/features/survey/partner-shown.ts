import type { NodeKind } from '@weefsel/graph-schema';
import type { PartnerEntry } from './answer-draft';
import type { SurveyActor } from './respondent.api';

export interface PartnerShown {
  name: string;
  kind: NodeKind | null;
  /** "new partner, awaiting review" and its place, for a proposed actor. */
  note: string | null;
}

/**
 * The actors the form can name, by id: the round's, those beyond the round that the saved answer
 * names (the API sends them with the form), and those found by the search in this visit.
 */
export function knownActors(round: readonly SurveyActor[], outside: readonly SurveyActor[], found: ReadonlyMap<string, SurveyActor>): Map<string, SurveyActor> {
  return new Map([...[...round, ...outside].map((a) => [a.id, a] as const), ...found]);
}

/**
 * How the form names one partner: a proposed actor by the name typed, a known actor by its name and
 * kind, and any other (removed from the network since, or one the form never shows, such as a
 * person) by the `outside` wording.
 */
export function partnerShown(entry: PartnerEntry, known: ReadonlyMap<string, SurveyActor>, words: { proposed: string; outside: string }): PartnerShown {
  if (entry.proposedActor) {
    const note = [words.proposed, entry.proposedActor.place].filter(Boolean).join(', ');
    return { name: entry.proposedActor.name, kind: entry.proposedActor.kind, note };
  }
  const actor = entry.partnerActorId ? known.get(entry.partnerActorId) : undefined;
  return actor ? { name: actor.name, kind: actor.kind, note: null } : { name: words.outside, kind: null, note: null };
}
