import type { Page } from 'playwright-core';
import { gql } from '../support/test-app';

export interface ApiNode {
  id: string;
  kind: string;
  name: string;
  boundary: boolean;
}

/** The nodes of a scope's network (null: the whole region) as the API gives them to a viewer. */
export async function apiNetwork(url: string, areaId: string | null): Promise<ApiNode[]> {
  const res = await gql<{ network: { nodes: ApiNode[] } }>(url, 'query($scope: ScopeInput) { network(scope: $scope) { nodes { id kind name boundary } } }', { scope: areaId ? { areaId } : null }, { as: 'viewer' });
  return res.data!.network.nodes;
}

/** Waits until the map is drawn with exactly these nodes. */
export async function waitForNodes(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction(
    (expected) => document.body.dataset.graphState === 'ready' && window.__weefselCy?.nodes().length === expected.length && expected.every((id) => window.__weefselCy!.getElementById(id).nonempty()),
    ids,
  );
}
