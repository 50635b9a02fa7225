import { graphql } from '../gql';
import type { WebAreaOverviewQuery } from '../gql/graphql';
import { execute } from './graphql-client';
import { timeVariables, type ViewTime } from './view-time';

const areaOverviewQuery = graphql(`
  query WebAreaOverview($scope: ScopeInput, $asOf: Date, $history: Boolean!) {
    areaOverview(scope: $scope, asOf: $asOf, history: $history) {
      childKind actors unplaced
      areas { id name kind actors }
      ties { source target ties }
      tiesWithin
    }
  }
`);

export type AreaOverview = WebAreaOverviewQuery['areaOverview'];
export type OverviewArea = AreaOverview['areas'][number];

/** The scope (null: the whole region) as its areas one level down, counted by the API. */
export async function fetchAreaOverview(areaId: string | null, time: ViewTime, signal?: AbortSignal): Promise<AreaOverview> {
  const data = await execute(areaOverviewQuery, { scope: areaId ? { areaId } : null, ...timeVariables(time) }, { signal });
  return data.areaOverview;
}
