import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../api/src/store/graph-store';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

// On Neo4j every read of the change mark is a round trip. A query that finds its values kept
// should read it once, while its session is resolved, however many kept values it uses.
describe.each(testStoreKinds('change-mark reads per request'))('change-mark reads per request on %s', (kind) => {
  let app: TestApp;
  const reads = { count: 0 };

  beforeAll(async () => {
    const counted = (store: GraphStore) =>
      new Proxy(store, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (key === 'changeMark') return () => ((reads.count += 1), target.changeMark());
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    app = await startTestApp({ store: kind, wrapStore: counted });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('a warm query using several kept values reads the mark once', async () => {
    // Recommendations (the region), the network of a care zone (its subgraph) and a description
    // a viewer sees scrubbed (the name scrubber): three kept values behind one mark.
    const query = `query ($id: ID!) {
      recommendPartners(actorId: $id, limit: 3) { actor { id } }
      network(scope: { areaId: "cz-brugge" }) { nodes { id } }
      actor(id: $id) { description }
    }`;
    const ask = async () => {
      const res = await gql<{ recommendPartners: unknown[] }>(app.url, query, { id: 'ini-wandelclub-lissewege' }, { as: 'viewer' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.recommendPartners.length).toBeGreaterThan(0);
    };
    await ask();
    reads.count = 0;
    await ask();
    expect(reads.count).toBe(1);
  }, 120_000);

  it('a mutation after the mark was read ahead still sees its write in the next request', async () => {
    const before = await gql<{ recommendPartners: { actor: { id: string } }[] }>(app.url, `{ recommendPartners(actorId: "ini-wandelclub-lissewege", limit: 3) { actor { id } } }`);
    const partner = before.data!.recommendPartners[0]!.actor.id;
    const accepted = await gql(app.url, `mutation ($t: ID!) { acceptSuggestion(source: "ini-wandelclub-lissewege", target: $t) { id } }`, { t: partner });
    expect(accepted.errors).toBeUndefined();
    const after = await gql<{ recommendPartners: { actor: { id: string } }[] }>(app.url, `{ recommendPartners(actorId: "ini-wandelclub-lissewege", limit: 3) { actor { id } } }`);
    expect(after.data!.recommendPartners.map((r) => r.actor.id)).not.toContain(partner);
  }, 120_000);
});
