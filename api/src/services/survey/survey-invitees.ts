import { personNameKinds, surveyPartnerKinds, type Actor, type NodeKind } from '@weefsel/graph-schema';
import type { GraphStore } from '../../store/graph-store';
import type { SurveyRound } from '../../store/survey-store';

/** Who can be a partner: kinds a collaboration tie allows (not places), and no people (personal data). */
const isPartner = (actor: Actor) => surveyPartnerKinds.includes(actor.kind) && !personNameKinds.includes(actor.kind);

/** Enough for the largest care zone; a round is capped lower by `surveyLimits.invitationsPerRound`. */
const maxActors = 10_000;

/**
 * The actors of a round's network: those of its area (every placement ever recorded), or for a
 * project the project and every actor with a relation to it.
 */
export async function actorsOfRound(store: GraphStore, round: Pick<SurveyRound, 'areaId' | 'projectId'>): Promise<Actor[]> {
  if (round.areaId) return (await store.listActors({ areaId: round.areaId }, { offset: 0, limit: maxActors })).items;
  if (!round.projectId) return [];
  const relations = await store.relationsOf(round.projectId);
  return store.getActors([round.projectId, ...relations.flatMap((r) => [r.source, r.target])]);
}

/** Who is invited when the editor names no one: the round's actors that can answer for an organisation. */
export function defaultInvitees(actors: readonly Actor[]): Actor[] {
  return actors.filter(isPartner);
}

/** What a respondent may choose from among the round's actors: names and kinds only, never people nor places. */
export function visibleActors(actors: readonly Actor[]): { id: string; name: string; kind: NodeKind }[] {
  return actors
    .filter(isPartner)
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind }))
    .sort((x, y) => x.name.localeCompare(y.name, 'nl') || x.id.localeCompare(y.id));
}
