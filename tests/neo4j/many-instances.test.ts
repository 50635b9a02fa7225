import { afterAll, describe, expect, it } from 'vitest';
import { testNeo4jConfig, wipeNeo4j } from '../../api/src/store/neo4j/testing/test-neo4j';
import { killAll, startMain, type MainProcess } from '../support/main-process';
import { gql, login } from '../support/test-app';

// Separate Weefsel processes on one Neo4j database, as behind a load balancer: no process knows
// the other, they share only the database and the session secret.
const config = testNeo4jConfig();
const admin = { name: 'lb-admin', password: 'a long enough admin password' };

afterAll(() => killAll());

function instance(): MainProcess {
  return startMain('unused.sqlite', {
    NEO4J_URI: config!.uri, NEO4J_USER: config!.user, NEO4J_PASSWORD: config!.password, NEO4J_DATABASE: config!.database,
    WEEFSEL_SESSION_SECRET: 'one secret shared by every instance, 32+ chars',
    WEEFSEL_ADMIN_USER: admin.name, WEEFSEL_ADMIN_PASSWORD: admin.password,
  });
}

async function polled<T>(read: () => Promise<T>, done: (value: T) => boolean, withinMs: number): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > withinMs) return { value, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(config)('two Weefsel instances on one Neo4j', () => {
  it('start together on an empty database, share sessions, and read each other\'s writes within a second', async () => {
    await wipeNeo4j(config!);
    // Started at the same moment: both find the database empty and both want to seed it.
    const [a, b] = [instance(), instance()];
    const [urlA, urlB] = await Promise.all([a.ready, b.ready]);

    const cookie = (await login(urlA, admin.name, admin.password)).cookie ?? '';
    expect(cookie).not.toBe('');
    const me = await gql<{ me: { name: string } }>(urlB, '{ me { name } }', {}, { cookie });
    expect(me.data?.me.name).toBe(admin.name);

    const area = 'cz-brugge';
    const count = async (url: string) =>
      (await gql<{ network: { nodes: unknown[] } }>(url, `{ network(scope: { areaId: "${area}" }) { nodes { id } } }`, {}, { cookie })).data?.network.nodes.length ?? -1;
    const before = await count(urlB);
    expect(before).toBeGreaterThan(0);
    expect(await count(urlA)).toBe(before);

    const write = await gql(urlA, `mutation { upsertActor(input: { id: "lb-new", kind: CitizenInitiative, name: "Via instantie A" }) { id } }`, {}, { cookie });
    expect(write.errors).toBeUndefined();
    const place = await gql(urlA, `mutation { upsertRelation(input: { kind: ACTIVE_IN, source: "lb-new", target: "nbh-brugge-kristus-koning" }) { id } }`, {}, { cookie });
    expect(place.errors).toBeUndefined();
    const seen = await polled(() => count(urlB), (n) => n === before + 1, 1000);
    expect(seen.value, `instance B still showed ${seen.value} actors after ${seen.ms} ms`).toBe(before + 1);

    const actors = await gql<{ actors: { total: number } }>(urlB, '{ actors { total } }', {}, { cookie });
    const demoActors = await gql<{ actors: { total: number } }>(urlA, '{ actors { total } }', {}, { cookie });
    expect(actors.data?.actors.total).toBe(demoActors.data?.actors.total);
  }, 180_000);
});
