import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { apiFixture } from './fixture';
import { testStoreKinds } from '../support/test-stores';

describe.each(testStoreKinds('GraphQL API'))('GraphQL API on %s', (storeKind) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ store: storeKind, seed: false });
  });
  afterAll(() => app.stop());
  beforeEach(async () => {
    await app.store.importGraph(apiFixture, { replace: true });
  });

  const importMutation = `mutation ($data: JSONObject!) {
    importGraph(data: $data) { actors { created updated unchanged } relations { created updated unchanged } }
  }`;

  describe('GraphQL API over HTTP: reads', () => {
    it('answers /healthz and /readyz', async () => {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', store: storeKind });
    });

    it('lists actors with a filter and pagination', async () => {
      const res = await gql<{ actors: { total: number; items: { id: string }[] } }>(
        app.url,
        `{ actors(filter: { kinds: [Organisation] }, offset: 1, limit: 1) { total items { id } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.actors.total).toBe(3);
      // Sorted by name: CAW, Dienstencentrum, Sociaal Huis.
      expect(res.data?.actors.items.map((a) => a.id)).toEqual(['org-bredene-oc']);
    });

    it('finds actors by name whatever the case and accents', async () => {
      const res = await gql<{ a: { name: string }[]; b: { name: string }[] }>(
        app.url,
        `{ a: search(text: "oostende") { name } b: search(text: "MARIENSTEDE") { name } }`,
      );
      expect(res.data?.a.map((x) => x.name)).toContain('Sociaal Huis Oostende');
      expect(res.data?.b.map((x) => x.name)).toEqual(['Buurtnetwerk Mariënstede']);
    });

    it('returns an actor with its relations', async () => {
      const res = await gql<{ actor: { name: string; relations: { kind: string }[] } }>(
        app.url,
        `{ actor(id: "org-sociaal-huis") { name relations { kind } } }`,
      );
      expect(res.data?.actor.relations.map((r) => r.kind).sort()).toEqual(['LOCATED_IN', 'PARTNERS_WITH', 'REFERS_TO']);
    });

    it('gives the network of a municipality with outside partners as boundary, and as it stood on a date', async () => {
      const query = `query ($asOf: Date, $history: Boolean = false) { network(scope: { areaId: "mun-oostende" }, asOf: $asOf, history: $history) {
        areaKind nodes { id boundary } relations { id } } }`;
      const now = await gql<{ network: { areaKind: string; nodes: { id: string; boundary: boolean }[] } }>(app.url, query, { history: true });
      expect(now.data?.network.areaKind).toBe('Municipality');
      const boundary = now.data?.network.nodes.filter((n) => n.boundary).map((n) => n.id);
      expect(boundary).toEqual(['org-caw']);
      const later = await gql<{ network: { nodes: { id: string; boundary: boolean }[] } }>(app.url, query, { asOf: '2024-01-01' });
      // The referral to CAW ended in 2022, so CAW is no longer a partner at the boundary.
      expect(later.data?.network.nodes.some((n) => n.id === 'org-caw')).toBe(false);
    });

    it('gives the ego network to a depth', async () => {
      const query = `query ($d: Int!) { egoNetwork(actorId: "ci-marienstede", depth: $d, history: true) { nodes { id boundary } } }`;
      const one = await gql<{ egoNetwork: { nodes: { id: string }[] } }>(app.url, query, { d: 1 });
      const three = await gql<{ egoNetwork: { nodes: { id: string }[] } }>(app.url, query, { d: 3 });
      expect(one.data?.egoNetwork.nodes.map((n) => n.id).sort()).toEqual(['ci-marienstede', 'org-sociaal-huis']);
      expect(three.data?.egoNetwork.nodes.map((n) => n.id).sort()).toEqual([
        'ci-marienstede',
        'org-bredene-oc',
        'org-caw',
        'org-sociaal-huis',
      ]);
    });
  });

  describe('GraphQL API over HTTP: writes and bad input', () => {
    async function exported() {
      return JSON.stringify(await app.store.exportGraph());
    }

    it('upserts and deletes an actor; deleting removes its relations', async () => {
      const up = await gql(app.url, `mutation { upsertActor(input: { id: "ci-new", kind: CitizenInitiative, name: "Repair Café Stene" }) { id formal } }`);
      expect(up.data).toEqual({ upsertActor: { id: 'ci-new', formal: false } });
      const del = await gql(app.url, `mutation { deleteActor(id: "org-sociaal-huis") }`);
      expect(del.data).toEqual({ deleteActor: true });
      const rel = await app.store.relationsOf('ci-marienstede');
      expect(rel.map((r) => r.kind)).toEqual(['LOCATED_IN']);
    });

    it('rejects a bad actor naming the field and reason, and writes nothing', async () => {
      const before = await exported();
      const res = await gql(app.url, `mutation { upsertActor(input: { id: "bad id", kind: Organisation, name: "" }) { id } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const issues = res.errors?.[0]?.extensions?.issues as { path: string; code: string; params: object }[];
      expect(issues.map((i) => i.path).sort()).toEqual(['id', 'name']);
      // Besides the English message, a code and params the web words in the user's language.
      expect(issues.find((i) => i.path === 'name')).toMatchObject({ code: 'empty', params: {} });
      expect(issues.find((i) => i.path === 'id')).toMatchObject({ code: 'invalidId', params: { max: 128 } });
      expect(await exported()).toBe(before);
    });

    it('rejects a relation to an unknown actor or between kinds the schema forbids', async () => {
      const before = await exported();
      const unknown = await gql(app.url, `mutation { upsertRelation(input: { kind: PARTNERS_WITH, source: "org-caw", target: "ghost" }) { id } }`);
      expect(unknown.errors?.[0]?.message).toMatch(/ghost--PARTNERS_WITH--org-caw.*no actor with id "ghost"/);
      expect(unknown.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ code: 'unknownActor', params: { id: 'ghost' } })]);
      const wrongKinds = await gql(app.url, `mutation { upsertRelation(input: { kind: PART_OF, source: "org-caw", target: "mun-oostende" }) { id } }`);
      expect(wrongKinds.errors?.[0]?.message).toMatch(/PART_OF cannot run from a Organisation to a Municipality/);
      expect(await exported()).toBe(before);
    });

    it('imports all or nothing, naming the bad entry by index and field', async () => {
      const before = await exported();
      const data = {
        actors: [
          { id: 'org-a', kind: 'Organisation', name: 'A' },
          { id: 'org-b', kind: 'Club', name: 'B' },
        ],
        relations: [],
      };
      const res = await gql(app.url, importMutation, { data });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((res.errors?.[0]?.extensions?.issues as { path: string }[])[0]?.path).toBe('actors[1].kind');
      expect(await exported()).toBe(before);
    });

    it('re-importing the same document changes nothing', async () => {
      const res = await gql<{ importGraph: { actors: { unchanged: number }; relations: { unchanged: number } } }>(app.url, importMutation, {
        data: apiFixture,
      });
      expect(res.data?.importGraph.actors.unchanged).toBe(apiFixture.actors.length);
      expect(res.data?.importGraph.relations.unchanged).toBe(apiFixture.relations.length);
    });

    it('rejects out-of-range arguments and malformed dates', async () => {
      const limit = await gql(app.url, `{ actors(limit: 100000) { total } }`);
      expect(limit.errors?.[0]?.extensions?.issues).toEqual([{ path: 'limit', message: 'must be a whole number from 1 to 500 (got 100000)', code: 'outOfRange', params: { min: 1, max: 500 } }]);
      const date = await gql(app.url, `{ network(asOf: "2023-02-30") { asOf } }`);
      expect(date.errors?.[0]?.message).toMatch(/not a calendar date/);
      const kind = await gql(app.url, `{ actors(filter: { kinds: [Club] }) { total } }`);
      expect(kind.status).toBe(400);
      expect(kind.errors?.[0]?.message).toMatch(/Club/);
    });

    it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
      const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ actors { total } }')}`);
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/i);
    });
  });

  describe('GraphQL API over HTTP: failures inside', () => {
    it('masks internal errors: the client sees only "Internal server error"', async () => {
      const broken = await startTestApp({
        store: storeKind,
        seed: false,
        wrapStore: (store) =>
          new Proxy(store, {
            get(target, key, receiver) {
              if (key === 'listActors') return async () => Promise.reject(new Error('disk says no at /var/lib/weefsel/secret.sqlite'));
              const value = Reflect.get(target, key, receiver);
              return typeof value === 'function' ? value.bind(target) : value;
            },
          }),
      });
      try {
        const res = await gql(broken.url, `{ actors { total } }`);
        expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        expect(JSON.stringify(res)).not.toMatch(/disk|secret|sqlite|stack/i);
      } finally {
        await broken.stop();
      }
    });

    it('answers a closed store with a retryable SERVICE_UNAVAILABLE and reports not ready', async () => {
      const broken = await startTestApp({ store: storeKind, seed: false });
      await broken.store.close();
      const res = await gql(broken.url, `{ actors { total } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(JSON.stringify(res)).not.toMatch(/database|sqlite|stack/i);
      expect((await fetch(`${broken.url}/readyz`)).status).toBe(503);
      await broken.stop().catch(() => undefined);
    });
  });
});
