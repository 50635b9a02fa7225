import { graphql } from '../../gql';
import type { WebChangesQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';

const changesQuery = graphql(`
  query WebChanges($scope: ScopeInput, $from: Date!, $to: Date!) {
    networkChanges(scope: $scope, from: $from, to: $to) {
      from to
      tiesAdded { id source target kind since until }
      tiesEnded { id source target kind since until }
      latestTieStart
      actorsJoined { id name kind }
      actorsLeft { id name kind }
      deltas { metric before after change }
      actorChanges { actor { id name kind } degreeBefore degreeAfter betweennessBefore betweennessAfter }
    }
    network(scope: $scope) { nodes { id name } }
  }
`);

export type ChangesAnswer = WebChangesQuery;
export type NetworkChangesItem = WebChangesQuery['networkChanges'];

/** What changed in the scope between two days, plus actor names for the ties listed. */
export async function fetchChanges(areaId: string | null, from: string, to: string, signal?: AbortSignal): Promise<ChangesAnswer> {
  return execute(changesQuery, { scope: areaId ? { areaId } : null, from, to }, { signal });
}
