import { graphql } from '../gql';
import type { WebAreaPlacementQuery } from '../gql/graphql';
import { execute } from './graphql-client';

const placementQuery = graphql(`
  query WebAreaPlacement($id: ID!) {
    actor(id: $id) {
      id kind name
      relations { kind source target status }
    }
  }
`);

/** An actor with its relations of every kind, either direction: where it is placed. */
export type Placement = NonNullable<WebAreaPlacementQuery['actor']>;

/** The actor and its relations (placement ones included, whatever ties it has); null when it does not exist. */
export async function fetchPlacement(id: string, signal?: AbortSignal): Promise<Placement | null> {
  return (await execute(placementQuery, { id }, { signal })).actor ?? null;
}
