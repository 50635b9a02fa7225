import { graphql } from '../gql';
import type { WebRecommendPartnersQuery } from '../gql/graphql';
import { execute } from './graphql-client';
import type { NetworkRelation } from './network.types';

const recommendQuery = graphql(`
  query WebRecommendPartners($actorId: ID!, $limit: Int!) {
    recommendPartners(actorId: $actorId, limit: $limit) {
      actor { id kind name description formal domains targetGroups personalDataHidden boundary }
      score
      explanation { nl en }
      newDomains
      sharedPartners { id name }
    }
  }
`);

const acceptMutation = graphql(`
  mutation WebAcceptSuggestion($source: ID!, $target: ID!) {
    acceptSuggestion(source: $source, target: $target) { id kind source target since until weight status note }
  }
`);

export type PartnerRecommendation = WebRecommendPartnersQuery['recommendPartners'][number];

export async function fetchRecommendations(actorId: string, signal?: AbortSignal): Promise<PartnerRecommendation[]> {
  const data = await execute(recommendQuery, { actorId, limit: 5 }, { signal });
  return data.recommendPartners;
}

/** Records the recommendation as a planned partnership; the API answers with the new relation. */
export async function acceptSuggestion(source: string, target: string): Promise<NetworkRelation> {
  const data = await execute(acceptMutation, { source, target });
  return data.acceptSuggestion;
}
