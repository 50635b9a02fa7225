import { generateGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

/** Kept pictures over real HTTP: one per scope for every user, stable under edits, pinned by editors. */
const layoutQuery = `query ($scope: ScopeInput) { networkLayout(scope: $scope) { computed kept positions { actorId x y pinned } } }`;

interface Layout {
  computed: boolean;
  kept: boolean;
  positions: { actorId: string; x: number; y: number; pinned: boolean }[];
}

let app: TestApp;

async function layout(areaId: string, as: 'editor' | 'viewer' = 'viewer'): Promise<Map<string, Layout['positions'][number]>> {
  const res = await gql<{ networkLayout: Layout }>(app.url, layoutQuery, { scope: { areaId } }, { as });
  expect(res.errors).toBeUndefined();
  expect(res.data!.networkLayout).toMatchObject({ computed: true, kept: true });
  return new Map(res.data!.networkLayout.positions.map((p) => [p.actorId, p]));
}

// A generated region with a care zone of about 500 actors.
const doc = generateGraph({ seed: 7, actors: 3000, relations: 9000 });

describe.each(testStoreKinds('kept layouts'))('kept layouts on %s', (store) => {
  let zone: string;
  beforeAll(async () => {
    app = await startTestApp({ store, seed: false });
    await app.store.importGraph(doc);
    const zones = doc.actors.filter((a) => a.kind === 'CareZone');
    const sizes = await Promise.all(zones.map(async (z) => ({ id: z.id, size: (await app.store.subgraph({ areaId: z.id })).nodes.length })));
    zone = sizes.sort((a, b) => Math.abs(a.size - 500) - Math.abs(b.size - 500))[0]!.id;
  });
  afterAll(() => app.stop());

  it('answers every reader with the same kept picture, and after an actor and a tie are added moves no one', async () => {
    const first = await layout(zone);
    expect(first.size).toBeGreaterThan(300);
    expect(await layout(zone, 'editor')).toEqual(first);

    const kindOf = (id: string) => doc.actors.find((a) => a.id === id)?.kind;
    const partner = [...first.keys()].find((id) => kindOf(id) === 'Organisation')!;
    const municipality = [...first.keys()].find((id) => kindOf(id) === 'Municipality')!;
    const added = await gql(
      app.url,
      `mutation ($partner: ID!, $municipality: ID!) {
        a: upsertActor(input: { id: "o-new-layout", kind: Organisation, name: "Nieuwe partner" }) { id }
        b: upsertRelation(input: { kind: PARTNERS_WITH, source: "o-new-layout", target: $partner }) { id }
        c: upsertRelation(input: { kind: LOCATED_IN, source: "o-new-layout", target: $municipality }) { id }
      }`,
      { partner, municipality },
    );
    expect(added.errors).toBeUndefined();
    const after = await layout(zone);
    const xs = [...first.values()].map((p) => p.x);
    const width = Math.max(...xs) - Math.min(...xs);
    let largestMove = 0;
    for (const [id, p] of first) largestMove = Math.max(largestMove, Math.hypot(after.get(id)!.x - p.x, after.get(id)!.y - p.y));
    expect(largestMove).toBeLessThanOrEqual(width * 0.01);
    const placed = after.get('o-new-layout')!;
    const near = first.get(partner)!;
    // Next to its partners (the zone it lies in counts as one): within a few ties of the partner.
    expect(Math.hypot(placed.x - near.x, placed.y - near.y)).toBeLessThan(width / 2);
  });

  it("keeps an editor's pin for every reader, refuses viewers and bad positions, and starts afresh after a reset", async () => {
    const before = await layout(zone);
    const [actorId] = [...before.keys()];
    const pin = await gql(app.url, 'mutation ($scope: ScopeInput, $p: [ActorPositionInput!]!) { saveLayout(scope: $scope, positions: $p) }', {
      scope: { areaId: zone },
      p: [{ actorId, x: 12345, y: -678, pinned: true }],
    });
    expect(pin.errors).toBeUndefined();
    expect((await layout(zone)).get(actorId!)).toEqual({ actorId, x: 12345, y: -678, pinned: true });

    const asViewer = await gql(app.url, 'mutation ($scope: ScopeInput) { resetLayout(scope: $scope) }', { scope: { areaId: zone } }, { as: 'viewer' });
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await gql(app.url, 'mutation ($scope: ScopeInput, $p: [ActorPositionInput!]!) { saveLayout(scope: $scope, positions: $p) }', {
      scope: { areaId: zone },
      p: [{ actorId, x: 1e12, y: 0 }, { actorId: 'ghost', x: 0, y: 0 }],
    });
    expect(bad.errors?.[0]?.extensions?.issues).toMatchObject([{ path: 'positions[0].x', code: 'notFiniteInRange' }]);
    const notArea = await gql(app.url, 'mutation ($scope: ScopeInput, $p: [ActorPositionInput!]!) { saveLayout(scope: $scope, positions: $p) }', {
      scope: { areaId: [...before.keys()].find((id) => doc.actors.find((a) => a.id === id)?.kind === 'Organisation') },
      p: [],
    });
    expect(notArea.errors?.[0]?.extensions?.issues).toMatchObject([{ path: 'scope.areaId' }]);
    expect((await layout(zone)).get(actorId!)?.pinned).toBe(true);

    const reset = await gql(app.url, 'mutation ($scope: ScopeInput) { resetLayout(scope: $scope) }', { scope: { areaId: zone } });
    expect(reset.errors).toBeUndefined();
    const fresh = await layout(zone);
    expect(fresh.get(actorId!)).not.toEqual({ actorId, x: 12345, y: -678, pinned: true });
    expect(fresh.get(actorId!)?.pinned).toBe(false);
  });

  it('answers a small scope with its kept picture once an editor drew it there, and with none before', async () => {
    const neighbourhood = doc.actors.find((a) => a.kind === 'Neighbourhood')!.id;
    const small = `query ($scope: ScopeInput) { networkLayout(scope: $scope, minElements: 100000) { computed kept positions { actorId x y pinned } } }`;
    const ask = async () => (await gql<{ networkLayout: Layout }>(app.url, small, { scope: { areaId: neighbourhood } }, { as: 'viewer' })).data!.networkLayout;
    expect(await ask()).toEqual({ computed: false, kept: false, positions: [] });

    const network = await gql<{ network: { nodes: { id: string }[] } }>(app.url, 'query ($scope: ScopeInput) { network(scope: $scope) { nodes { id } } }', { scope: { areaId: neighbourhood } }, { as: 'viewer' });
    const members = network.data!.network.nodes.map((n) => n.id);
    const [dragged, ...others] = members;
    const saved = await gql(app.url, 'mutation ($scope: ScopeInput, $p: [ActorPositionInput!]!) { saveLayout(scope: $scope, positions: $p, replace: true) }', {
      scope: { areaId: neighbourhood },
      p: [{ actorId: dragged, x: 40, y: 50, pinned: true }, ...others.map((actorId, i) => ({ actorId, x: i * 30, y: 0 }))],
    });
    expect(saved.errors).toBeUndefined();
    const kept = await ask();
    expect(kept).toMatchObject({ computed: true, kept: true });
    expect(kept.positions.map((p) => p.actorId).sort()).toEqual([...members].sort());
    expect(kept.positions.find((p) => p.actorId === dragged)).toEqual({ actorId: dragged, x: 40, y: 50, pinned: true });
  });
});
