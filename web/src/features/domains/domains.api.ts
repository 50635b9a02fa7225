import { graphql } from '../../gql';
import type { WebDomainsQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';
import { timeVariables } from '../../api/view-time';
import type { ViewScope } from '../../components/view-contract';

const domainsQuery = graphql(`
  query WebDomains($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
    domainMatrix(scope: $scope, asOf: $asOf, history: $history) {
      areaId asOf domains
      actorCounts { domain actorCount partnerCount }
      cells { a b tieCount relations { id source target kind since until } }
    }
    boundarySpanners(scope: $scope, asOf: $asOf, history: $history) {
      actor { id name kind }
      degree crossDomainTieCount domainsLinked
    }
    network(scope: $scope, asOf: $asOf, history: $history) { nodes { id name } }
  }
`);

export type DomainsAnswer = WebDomainsQuery;
export type DomainMatrixAnswer = WebDomainsQuery['domainMatrix'];
export type BoundarySpannerItem = WebDomainsQuery['boundarySpanners'][number];

/** The domain x domain matrix, the boundary spanners and the actor names (to list the ties of a cell). */
export async function fetchDomains(scope: ViewScope, signal?: AbortSignal): Promise<DomainsAnswer> {
  return execute(domainsQuery, { scope: scope.areaId ? { areaId: scope.areaId } : null, ...timeVariables(scope) }, { signal });
}
