import { defaultCollaborationKind } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../api/src/store/graph-store';
import { createServices } from '../../api/src/services/services';
import { openStore } from '../../api/src/store/open-store';
import { gql, loggedInNewUser, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

// Every view the API keeps in its cache (subgraph, metrics, layout, gaps, recommendation context,
// the viewers' name scrubber) must show a write made by another process or instance at once, on
// either store: the caches follow the store's change mark, nothing else.
const zone = { areaId: 'cz-brugge' };
const neighbourhood = { areaId: 'nbh-brugge-lissewege' };
const isolated = 'ini-wandelclub-lissewege';
const person = { id: 'tm-cache-check', name: 'Griet Vandamme' };

interface Views {
  network: string[];
  metrics: string[];
  layout: string[];
  isolatedInGaps: string[];
  recommended: string[];
  viewersDescription: string;
}

async function views(app: TestApp): Promise<Views> {
  const scope = { zone, neighbourhood };
  const editor = await gql<{
    network: { nodes: { id: string }[] };
    networkMetrics: { actors: { actor: { id: string } }[] };
    networkLayout: { positions: { actorId: string }[] };
    gaps: { gaps: { kind: string; actors: { id: string }[] }[] };
    recommendPartners: { actor: { id: string } }[];
  }>(
    app.url,
    `query ($zone: ScopeInput, $neighbourhood: ScopeInput, $id: ID!) {
      network(scope: $zone) { nodes { id } }
      networkMetrics(scope: $zone) { actors { actor { id } } }
      networkLayout(scope: $zone, minElements: 0) { positions { actorId } }
      gaps(scope: $neighbourhood) { gaps { kind actors { id } } }
      recommendPartners(actorId: $id, limit: 5) { actor { id } }
    }`,
    { ...scope, id: isolated },
    { as: 'editor' },
  );
  expect(editor.errors).toBeUndefined();
  const viewer = await gql<{ actor: { description: string } }>(app.url, `{ actor(id: "${isolated}") { description } }`, {}, { as: 'viewer' });
  expect(viewer.errors).toBeUndefined();
  const data = editor.data!;
  return {
    network: data.network.nodes.map((n) => n.id),
    metrics: data.networkMetrics.actors.map((a) => a.actor.id),
    layout: data.networkLayout.positions.map((p) => p.actorId),
    isolatedInGaps: data.gaps.gaps.filter((g) => g.kind === 'ISOLATED_ACTOR').flatMap((g) => g.actors.map((a) => a.id)),
    recommended: data.recommendPartners.map((r) => r.actor.id),
    viewersDescription: viewer.data!.actor.description,
  };
}

describe.each(testStoreKinds('cache freshness'))('cached views on %s after a write by another connection', (kind) => {
  let app: TestApp;
  let other: GraphStore;

  beforeAll(async () => {
    app = await startTestApp({ store: kind });
    other = await openStore(app.storeConfig);
  }, 120_000);
  afterAll(async () => {
    await other?.close();
    await app?.stop();
  });

  it('every view shows the change on the next request', async () => {
    const before = await views(app);
    const partner = before.recommended[0];
    expect(partner, 'the isolated initiative gets recommendations').toBeDefined();
    expect(before.isolatedInGaps).toContain(isolated);
    expect(before.network).not.toContain(person.id);

    // Another process or instance: it shares only the database with the server.
    await other.upsertActor({ id: person.id, kind: 'TransitionManager', name: person.name });
    await other.upsertRelation({ kind: 'ACTIVE_IN', source: person.id, target: neighbourhood.areaId });
    await other.upsertRelation({ kind: defaultCollaborationKind, source: isolated, target: partner! });
    const actor = await other.getActor(isolated);
    await other.upsertActor({ ...actor!, description: `Samen met ${person.name} op stap.` });

    const after = await views(app);
    expect(after.network).toContain(person.id);
    expect(after.metrics).toContain(person.id);
    expect(after.layout).toContain(person.id);
    expect(after.isolatedInGaps).not.toContain(isolated);
    expect(after.recommended).not.toContain(partner);
    expect(after.viewersDescription).toContain('Samen met');
    expect(after.viewersDescription).not.toContain('Vandamme');
  }, 120_000);

  it("checks a session against the user as another connection left it, on the next request", async () => {
    const { id, cookie } = await loggedInNewUser(app.url, 'cache-session-user', 'viewer');
    const me = async () => (await gql<{ me: { role: string } | null }>(app.url, '{ me { role } }', {}, { cookie })).data?.me ?? null;
    // Asked twice: the server now holds the user in its cache.
    expect(await me()).toEqual({ role: 'viewer' });
    expect(await me()).toEqual({ role: 'viewer' });
    // A graph write by another connection leaves the session as it was.
    await other.upsertActor({ ...(await other.getActor(isolated))!, description: 'Een wandelclub.' });
    expect(await me()).toEqual({ role: 'viewer' });
    await other.updateUser(id, { role: 'editor' });
    expect(await me()).toEqual({ role: 'editor' });
    await other.endSessions(id);
    expect(await me()).toBeNull();
  }, 120_000);

  it('recommends and analyses the region after each sort of write as services started afresh do', async () => {
    // The warm services patch their region from the change log; fresh ones read it whole.
    const warm = createServices(other);
    const recommend = (services: ReturnType<typeof createServices>) =>
      services.recommend.recommendPartners({ actorId: isolated, neighbourhoodId: null, areaId: null, asOf: null, limit: 10 });
    // The region's graph is patched once and shared: its overview, gaps and domains must follow too.
    const ask = async (services: ReturnType<typeof createServices>) => ({
      recommended: await recommend(services),
      overview: await services.overview.areaOverview({}, null),
      gaps: await services.analysis.gaps({}, null),
      domains: await services.analysis.domainMatrix({}, null),
    });
    const first = await recommend(warm);
    const writes: [string, () => Promise<unknown>][] = [
      ['an edited actor', async () => other.upsertActor({ ...(await other.getActor(isolated))!, domains: ['HOUSING', 'CARE'] })],
      ['a planned collaboration', () => other.upsertRelation({ kind: defaultCollaborationKind, source: isolated, target: first[0]!.actor.id, status: 'PLANNED' })],
      ['a new tie', () => other.upsertRelation({ kind: defaultCollaborationKind, source: isolated, target: first[1]!.actor.id })],
      ['a removed actor', () => other.deleteActor(person.id)],
    ];
    for (const [name, write] of writes) {
      await write();
      expect(await ask(warm), name).toEqual(await ask(createServices(other)));
    }
  }, 120_000);
});
