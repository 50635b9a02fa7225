import { graphql } from '../../gql';
import type { WebGapsQuery } from '../../gql/graphql';
import { execute } from '../../api/graphql-client';
import { timeVariables } from '../../api/view-time';
import type { ViewScope } from '../../components/view-contract';

const gapsQuery = graphql(`
  query WebGaps($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
    gaps(scope: $scope, asOf: $asOf, history: $history) {
      areaId asOf
      counts { kind count }
      gaps {
        id kind severity affectedCount domains targetGroups
        explanation { nl en }
        actors { id name kind formal }
        relations { id source target kind }
      }
    }
  }
`);

export type GapReport = WebGapsQuery['gaps'];
export type GapItem = GapReport['gaps'][number];

/** The gaps of a scope as it stood on `asOf`, most severe first. */
export async function fetchGaps(scope: ViewScope, signal?: AbortSignal): Promise<GapReport> {
  const data = await execute(gapsQuery, { scope: scope.areaId ? { areaId: scope.areaId } : null, ...timeVariables(scope) }, { signal });
  return data.gaps;
}
