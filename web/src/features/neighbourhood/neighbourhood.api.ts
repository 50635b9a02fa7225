import { graphql } from '../../gql';
import type { WebNeighbourhoodQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';
import { timeVariables, type ViewTime } from '../../api/view-time';

const choicesQuery = graphql(`
  query WebNeighbourhoodChoices($areaId: ID, $kinds: [NodeKind!]!) {
    neighbourhoods: actors(filter: { kinds: $kinds, areaId: $areaId }, limit: 500) { items { id name kind } }
  }
`);

const scopeAreaQuery = graphql(`
  query WebScopeArea($id: ID!) {
    actor(id: $id) { id name kind }
  }
`);

const neighbourhoodQuery = graphql(`
  query WebNeighbourhood($scope: ScopeInput!, $neighbourhoodId: ID!, $asOf: Date, $history: Boolean!) {
    areaCoverage(areaId: $neighbourhoodId, asOf: $asOf, history: $history) {
      asOf
      domains { value actorCount }
      targetGroups { value actorCount }
      records { actors withoutDomains withoutTargetGroups }
    }
    gaps(scope: $scope, asOf: $asOf, history: $history) {
      gaps {
        id kind severity affectedCount
        explanation { nl en }
        actors { id name }
        relations { id source target }
      }
    }
    suggestCollaborations(neighbourhoodId: $neighbourhoodId, asOf: $asOf, history: $history, limit: 10) {
      relativeLikelihood
      value
      explanation { nl en }
      area { id }
      areaMissingDomains
      areaMissingTargetGroups
      from { id name kind }
      to { id name kind }
      gap { id kind explanation { nl en } }
    }
  }
`);

export interface AreaChoice {
  id: string;
  name: string;
  kind: string;
}

export type NeighbourhoodAnswer = WebNeighbourhoodQuery;
export type SuggestionItem = WebNeighbourhoodQuery['suggestCollaborations'][number];
export type NeighbourhoodGapItem = WebNeighbourhoodQuery['gaps']['gaps'][number];

/** The area of the scope (to know whether it is a neighbourhood itself). */
export async function fetchScopeArea(id: string, signal?: AbortSignal): Promise<AreaChoice | null> {
  const data = await execute(scopeAreaQuery, { id }, { signal });
  return data.actor ?? null;
}

/** Neighbourhoods inside the area (the whole region when null), by name. */
export async function fetchNeighbourhoods(areaId: string | null, signal?: AbortSignal): Promise<AreaChoice[]> {
  const data = await execute(choicesQuery, { areaId, kinds: ['Neighbourhood'] }, { signal });
  return data.neighbourhoods.items;
}

/**
 * The neighbourhood's coverage, gaps and suggested collaborations on one day, all from the API: the
 * coverage is the same function the gaps and the suggestions' reasons are built from.
 */
export async function fetchNeighbourhood(neighbourhoodId: string, time: ViewTime, signal?: AbortSignal): Promise<NeighbourhoodAnswer> {
  return execute(neighbourhoodQuery, { scope: { areaId: neighbourhoodId }, neighbourhoodId, ...timeVariables(time) }, { signal });
}
