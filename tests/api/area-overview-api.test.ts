import { relationKinds, tieKinds, type NodeKind, type RelationKind } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

/**
 * areaOverview over real HTTP on the demo, for the region, every care zone and every municipality:
 * the same facts as the `network` of the scope and of each area, read another way, must agree.
 */
interface Overview {
  childKind: NodeKind | null;
  actors: number;
  unplaced: number;
  areas: { id: string; name: string; kind: NodeKind; actors: number }[];
  ties: { source: string; target: string; ties: number }[];
  tiesWithin: number;
}

interface Network {
  nodes: { id: string; kind: NodeKind; boundary: boolean }[];
  relations: { kind: RelationKind; source: string; target: string; status: string }[];
}

const overviewQuery = `query ($scope: ScopeInput, $asOf: Date, $history: Boolean) {
  areaOverview(scope: $scope, asOf: $asOf, history: $history) { childKind actors unplaced areas { id name kind actors } ties { source target ties } tiesWithin }
  networkMetrics(scope: $scope, asOf: $asOf, history: $history) { summary { actorCount } }
}`;
const networkQuery = 'query ($scope: ScopeInput) { network(scope: $scope) { nodes { id kind boundary } relations { kind source target status } } }';

let app: TestApp;

async function overview(areaId: string | null, time: { asOf?: string; history?: boolean } = {}): Promise<Overview> {
  const res = await gql<{ areaOverview: Overview; networkMetrics: { summary: { actorCount: number } } }>(app.url, overviewQuery, { scope: areaId ? { areaId } : null, ...time }, { as: 'viewer' });
  expect(res.errors).toBeUndefined();
  // The same count in the two views of a scope: the overview's actors and the key figures' (Veranderingen).
  expect(res.data!.areaOverview.actors, `actors of ${areaId} on ${JSON.stringify(time)}`).toBe(res.data!.networkMetrics.summary.actorCount);
  return res.data!.areaOverview;
}

async function network(areaId: string | null): Promise<Network> {
  const res = await gql<{ network: Network }>(app.url, networkQuery, { scope: areaId ? { areaId } : null }, { as: 'viewer' });
  expect(res.errors).toBeUndefined();
  return res.data!.network;
}

/** The actors a network lists inside, as the analysis counts them: nodes that can hold a tie, not partners outside it. */
const insideActors = (net: Network) => net.nodes.filter((node) => !node.boundary && tieKinds.has(node.kind)).map((node) => node.id);

/**
 * Current collaboration relations between the members of two different areas, per pair, and those
 * between two members of one area, from the scope's network.
 */
function tiesBetween(scope: Network, members: Map<string, Set<string>>): { counts: Map<string, number>; within: number } {
  const inside = new Set(insideActors(scope));
  const areasOf = (id: string) => [...members].filter(([, ids]) => ids.has(id)).map(([area]) => area);
  const counts = new Map<string, number>();
  let within = 0;
  for (const relation of scope.relations) {
    if (relationKinds[relation.kind].tie !== 'collaboration' || relation.status !== 'ACTIVE') continue;
    if (!inside.has(relation.source) || !inside.has(relation.target)) continue;
    const pairs = new Set<string>();
    const [from, to] = [areasOf(relation.source), areasOf(relation.target)];
    for (const a of from) for (const b of to) if (a !== b) pairs.add([a, b].sort().join('|'));
    for (const pair of pairs) counts.set(pair, (counts.get(pair) ?? 0) + 1);
    if (from.some((a) => to.includes(a))) within += 1;
  }
  return { counts, within };
}

describe.each(testStoreKinds('area overview'))('areaOverview on %s', (store) => {
  beforeAll(async () => {
    app = await startTestApp({ store });
  });
  afterAll(() => app.stop());

  it('counts each area as its own network does and bundles the ties as the scope network has them, for the region, every care zone and municipality', async () => {
    const region = await overview(null);
    expect(region.childKind).toBe('CareZone');
    const scopes = [null, ...region.areas.map((zone) => zone.id)];
    for (const zone of region.areas) scopes.push(...(await overview(zone.id)).areas.map((municipality) => municipality.id));
    let compared = 0;
    for (const scopeId of scopes) {
      const answer = await overview(scopeId);
      const scope = await network(scopeId);
      expect(answer.actors, `${scopeId}`).toBe(insideActors(scope).length);
      const members = new Map<string, Set<string>>();
      for (const area of answer.areas) {
        expect(area.kind).toBe(answer.childKind);
        const own = new Set(insideActors(await network(area.id)));
        expect(area.actors, `${area.name} in ${scopeId}`).toBe(own.size);
        members.set(area.id, own);
        compared += 1;
      }
      const placed = new Set([...members.values()].flatMap((ids) => [...ids]));
      expect(answer.unplaced, `${scopeId}`).toBe(answer.actors - placed.size);
      const expected = tiesBetween(scope, members);
      expect(new Map(answer.ties.map((tie) => [`${tie.source}|${tie.target}`, tie.ties])), `${scopeId}`).toEqual(expected.counts);
      expect(answer.tiesWithin, `${scopeId}`).toBe(expected.within);
    }
    // The region's 9 care zones, their 31 municipalities and the municipalities' 51 neighbourhoods.
    expect(compared).toBe(91);
    expect(region.ties.length).toBeGreaterThan(0);
  }, 240_000);

  it('has no areas below a neighbourhood, and takes a day or the whole history', async () => {
    const zone = await overview('cz-brugge');
    const municipality = zone.areas.find((area) => area.id === 'mun-brugge')!;
    const neighbourhood = (await overview(municipality.id)).areas[0]!;
    expect(await overview(neighbourhood.id)).toMatchObject({ childKind: null, areas: [], ties: [] });
    const early = await overview('cz-brugge', { asOf: '2015-01-01' });
    expect(early.actors).toBeLessThan(zone.actors);
    expect((await overview('cz-brugge', { history: true })).actors).toBeGreaterThanOrEqual(zone.actors);
  });

  it('rejects an actor that is not an area, and a day together with the history', async () => {
    const notArea = await gql(app.url, overviewQuery, { scope: { areaId: 'org-caw-nwvl' } }, { as: 'viewer' });
    expect(notArea.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const both = await gql(app.url, overviewQuery, { scope: null, asOf: '2024-01-01', history: true }, { as: 'viewer' });
    expect(JSON.stringify(both.errors?.[0]?.extensions?.issues)).toContain('historyWithDate');
  });
});
