import { limits, type ActorInput } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

const searchQuery = 'query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id kind name } }';

type Hit = { id: string; kind: string; name: string };

/** Milliseconds until /healthz answers (its status must be 200). */
async function healthzMs(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/healthz`);
  expect(res.status).toBe(200);
  return performance.now() - started;
}

// Five people and twelve organisations share a word; people sort first by name.
const people: ActorInput[] = Array.from({ length: 5 }, (_, i) => ({ id: `tm-kw-${i}`, kind: 'TransitionManager', name: `Kwartelkoning Anna ${i}` }));
const organisations: ActorInput[] = Array.from({ length: 12 }, (_, i) => ({ id: `o-kw-${i}`, kind: 'Organisation', name: `Kwartelkoning Vzw ${String(i).padStart(2, '0')}` }));

describe.each(testStoreKinds('text-search-api'))('search over HTTP (%s)', (store) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ store });
    await app.store.importGraph({ actors: [...people, ...organisations], relations: [] });
  }, 180_000);
  afterAll(() => app.stop());

  it('refuses a 400 kB search with tooLong while /healthz keeps answering within a second', async () => {
    const text = 'en'.repeat(200_000);
    const flood = Array.from({ length: 4 }, () => gql(app.url, searchQuery, { text, limit: 10 }, { as: 'viewer' }));
    const waited: number[] = [];
    for (let i = 0; i < 3; i += 1) waited.push(await healthzMs(app.url));
    const answers = await Promise.all(flood);
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'text', code: 'tooLong', params: { max: limits.searchLength } }] });
    }
    expect(Math.max(...waited)).toBeLessThan(1000);
  });

  it('answers a search of exactly the cap', async () => {
    const res = await gql<{ search: Hit[] }>(app.url, searchQuery, { text: 'Kwartelkoning Vzw 00'.padEnd(limits.searchLength, ' ') }, { as: 'viewer' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.search[0]?.id).toBe('o-kw-0');
  });

  it('refuses NUL and a right-to-left override in a search as bad input, not an internal error', async () => {
    for (const [text, character] of [['a\u0000b', 'U+0000'], ['kwartel\u202Ekoning', 'U+202E']] as const) {
      const res = await gql(app.url, searchQuery, { text }, { as: 'viewer' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'text', code: 'forbiddenCharacter', params: { character } }] });
    }
  });

  it('gives a viewer a full page of the actors a viewer may see, and an editor the people too', async () => {
    const viewer = await gql<{ search: Hit[] }>(app.url, searchQuery, { text: 'kwartelkoning', limit: 12 }, { as: 'viewer' });
    expect(viewer.data?.search.map((hit) => hit.id)).toEqual(organisations.map((o) => o.id));
    const editor = await gql<{ search: Hit[] }>(app.url, searchQuery, { text: 'kwartelkoning', limit: 12 }, { as: 'editor' });
    expect(editor.data?.search.map((hit) => hit.id)).toEqual([...people, ...organisations].slice(0, 12).map((a) => a.id));
  });
});

describe('importGraph error replies', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });
  afterAll(() => app.stop());

  it('lists at most 1000 issues of 5,000 bad entries, with the count of all of them, and writes nothing', async () => {
    const actors = Array.from({ length: 5000 }, (_, i) => ({ id: `bad id ${i}`, kind: 'Club', name: 'x' }));
    const res = await gql(app.url, 'mutation ($data: JSONObject!) { importGraph(data: $data) { actors { created } } }', { data: { actors, relations: [] } });
    const extensions = res.errors?.[0]?.extensions as { code: string; issues: unknown[]; issueCount: number };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.issues).toHaveLength(1000);
    expect(extensions.issueCount).toBe(10_000);
    expect(extensions.issues[0]).toMatchObject({ path: 'actors[0].id', code: 'invalidId' });
    expect(JSON.stringify(res).length).toBeLessThan(400_000);
    expect(await app.store.counts()).toEqual({ actors: 0, relations: 0 });
  });
});
