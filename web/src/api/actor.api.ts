import { graphql } from '../gql';
import type { RecommendRanking, WebRecommendPartnersQuery } from '../gql/graphql';
import { execute } from './graphql-client';
import type { NetworkRelation } from './network.types';
import { timeVariables, type ViewTime } from './view-time';

const recommendQuery = graphql(`
  query WebRecommendPartners($actorId: ID!, $limit: Int!, $areaId: ID, $asOf: Date, $history: Boolean!, $ranking: RecommendRanking!) {
    recommendPartners(actorId: $actorId, limit: $limit, areaId: $areaId, asOf: $asOf, history: $history, ranking: $ranking) {
      actor { id kind name description formal domains targetGroups personalDataHidden boundary since until }
      score
      relativeLikelihood
      value
      explanation { nl en }
      likelihoodExplanation { nl en }
      valueExplanation { nl en }
      area { id name }
      asOf
      areaMissingDomains
      areaMissingTargetGroups
      newDomains
      sharedPartners { id name }
    }
    regionCommunity(actorId: $actorId, asOf: $asOf, history: $history)
  }
`);

const acceptMutation = graphql(`
  mutation WebAcceptSuggestion($source: ID!, $target: ID!) {
    acceptSuggestion(source: $source, target: $target) { id kind source target since until weight status note }
  }
`);

export type PartnerRecommendation = WebRecommendPartnersQuery['recommendPartners'][number];
export type { RecommendRanking };

/**
 * Partners for an actor, and its community in the whole region; their reasons speaking of the area and day in view (the lacks they claim
 * are that area's on that day, as the neighbourhood and gaps views show them).
 */
export async function fetchRecommendations(
  actorId: string,
  scope: ViewTime & { areaId: string | null },
  ranking: RecommendRanking,
  signal?: AbortSignal,
): Promise<{ items: PartnerRecommendation[]; regionCommunity: number | null }> {
  const data = await execute(recommendQuery, { actorId, limit: 5, areaId: scope.areaId, ranking, ...timeVariables(scope) }, { signal });
  // The reasons number the region's communities: the actor's own, to read them by (its key figures number the area's).
  return { items: data.recommendPartners, regionCommunity: data.regionCommunity ?? null };
}

/** Records the recommendation as a planned partnership; the API answers with the new relation. */
export async function acceptSuggestion(source: string, target: string): Promise<NetworkRelation> {
  const data = await execute(acceptMutation, { source, target });
  return data.acceptSuggestion;
}
