import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLog } from '../support/captured-log';
import { gql, startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let logLines: string[] = [];

beforeAll(async () => {
  const captured = capturedLog();
  logLines = captured.lines;
  app = await startTestApp({ seed: false, security: { writesPerMinute: 5 }, log: captured.log });
});
afterAll(() => app.stop());

const post = (body: string, contentType = 'application/json') =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('malformed request bodies', () => {
  it('answer a JSON syntax error with a JSON error and log no part of the body', async () => {
    const secret = 'hunter2 body secret 771';
    const res = await post(`{"query":"mutation { login(name: \\"x\\", password: \\"${secret}\\") { id } }", oops}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toEqual({ message: 'The request body is not valid JSON: send a JSON object such as {"query": "..."}', extensions: { code: 'BAD_REQUEST' } });
    const text = logLines.join('');
    expect(text).toContain('"msg":"bad request body"');
    expect(text).toContain('entity.parse.failed');
    expect(text).not.toContain(secret);
    expect(JSON.stringify(body)).not.toContain(secret);
  });

  it('answer other body failures as JSON too, never as an HTML page with a stack', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=latin-9' }, body: '{}' });
    expect(res.status).toBe(415);
    expect(await res.text()).not.toMatch(/<html|at \w+ \(/i);
  });
});

describe('anonymous calls to protected operations', () => {
  it('answer HTTP 401 with UNAUTHENTICATED, before anything runs', async () => {
    for (const query of ['{ actors { total } }', 'mutation { deleteActor(id: "x") }', '{ me { id } exportGraph }']) {
      const res = await gql(app.url, query, {}, { as: 'anonymous' });
      expect(res.status, query).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
    expect((await gql(app.url, '{ me { id } }', {}, { as: 'anonymous' })).status).toBe(200);
  });
});

describe('the write rate limit', () => {
  it('counts each aliased mutation field, not the request', async () => {
    const fields = Array.from({ length: 6 }, (_, i) => `w${i}: upsertActor(input: { id: "alias-${i}", kind: Organisation, name: "Alias ${i}" }) { id }`);
    // The bucket holds 5 writes: four in one request leave one.
    expect((await gql(app.url, `mutation { ${fields.slice(0, 4).join(' ')} }`, {}, { as: 'editor' })).errors).toBeUndefined();
    const two = await gql(app.url, `mutation { ${fields.slice(4).join(' ')} }`, {}, { as: 'editor' });
    expect(two.status).toBe(429);
    expect(two.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await app.store.listActors({}, { offset: 0, limit: 10 })).total).toBe(4);
    const one = await gql(app.url, 'mutation { upsertActor(input: { id: "one-more", kind: Organisation, name: "One more" }) { id } }', {}, { as: 'editor' });
    expect(one.errors).toBeUndefined();
  });
});

describe('the cost limit', () => {
  it('refuses 15 aliases of the network with its actors relations, before anything runs, naming cost and limit', async () => {
    const attack = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: network { nodes { id relations { id } } }`).join(' ')} }`;
    const res = await gql(app.url, attack, {}, { as: 'viewer' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'query', code: 'queryTooCostly', params: { max: 30_000 } }] });
    expect(res.errors?.[0]?.message).toMatch(/^query rejected: query: costs \d+, more than the limit of 30000; ask for fewer fields/);
  });

  it('counts a page by the limit it asks for, also from a variable', async () => {
    const query = 'query ($n: Int!) { actors(limit: $n) { items { id relations { id } } } }';
    expect((await gql(app.url, query, { n: 2 }, { as: 'viewer' })).errors).toBeUndefined();
    expect((await gql(app.url, query, { n: 500 }, { as: 'viewer' })).errors?.[0]?.extensions?.issues).toMatchObject([{ code: 'queryTooCostly' }]);
  });
});

describe('headers of the web app', () => {
  it('send a strict Content-Security-Policy, GraphiQL its own, and HTML that is revalidated', async () => {
    const index = await fetch(`${app.url}/`);
    const policy = index.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe');
    expect(policy).toMatch(/style-src 'self' 'sha256-[\w+/=]+';/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const graphiql = await fetch(`${app.url}/graphiql`);
    expect(graphiql.headers.get('content-security-policy')).toContain("worker-src 'self' blob:");
    expect(graphiql.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(graphiql.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('strict-transport-security')).toBeNull();
  });

  it('send HSTS when the cookie is Secure (served over HTTPS)', async () => {
    const prod = await startTestApp({ seed: false, security: { cookieSecure: true } });
    try {
      expect((await fetch(`${prod.url}/healthz`)).headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    } finally {
      await prod.stop();
    }
  });
});

