import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../api/src/logger';
import { startServer } from '../../api/src/server';
import { createServices } from '../../api/src/services/services';
import { defaultSecuritySettings } from '../../api/src/config-security';
import { Neo4jGraphStore } from '../../api/src/store/neo4j/neo4j-store';
import type { TransactionSource } from '../../api/src/store/neo4j/neo4j-transactions';
import { simulatedTransactions } from '../../api/src/store/neo4j/testing/simulated-transactions';
import { gql, login, startTestApp, testPassword, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app.stop());

/** `{ __type(name: "Actor") { fields { type { ofType { ofType ... } } } } }` nested `levels` deep. */
function deepQuery(levels: number): string {
  return `{ __type(name: "Actor") { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } }`;
}

describe('query limits (graphql-armor)', () => {
  it('refuses a query nested deeper than the limit, and answers one within it', async () => {
    const deep = await gql(app.url, deepQuery(12));
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(deep.errors?.[0]?.message).toMatch(/depth limit/i);
    expect((await gql(app.url, deepQuery(3))).errors).toBeUndefined();
  });

  it('refuses too many aliases and too many tokens', async () => {
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: actors(limit: 1) { total }`).join(' ')} }`;
    expect((await gql(app.url, aliases)).errors?.[0]?.message).toMatch(/aliases/i);
    const tokens = await gql(app.url, `{ actors(filter: { kinds: [${Array(2500).fill('Project').join(', ')}] }) { total } }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0]).toMatchObject({ message: 'Token limit of 2000 exceeded: shorten the query, or send data as variables', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('still answers a syntax error as a parse failure (HTTP 400), not an internal error', async () => {
    const res = await gql(app.url, '{ actors { total }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a request body over the limit', async () => {
    const big = 'x'.repeat(21 * 1024 * 1024);
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: app.cookie('editor') },
      body: JSON.stringify({ query: '{ me { id } }', variables: { big } }),
    });
    expect(res.status).toBe(413);
  });

  it('sends headers against sniffing and framing', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('production settings', () => {
  it('switch off GraphiQL and introspection', async () => {
    const prod = await startTestApp({ seed: false, security: { graphiql: false, introspection: false } });
    try {
      expect((await fetch(`${prod.url}/graphiql`)).status).toBe(404);
      expect((await fetch(`${prod.url}/graphiql.html`)).status).toBe(404);
      const introspection = await gql(prod.url, '{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await prod.stop();
    }
  });

  it('mark the session cookie Secure', async () => {
    const prod = await startTestApp({ seed: false, security: { cookieSecure: true } });
    try {
      const res = await login(prod.url, 'test-viewer', testPassword);
      expect(res.setCookie?.toLowerCase()).toContain('secure');
    } finally {
      await prod.stop();
    }
  });
});

/** The simulated Neo4j behind a switch: down, every transaction fails as the driver does. */
function switchableNeo4j(): { source: TransactionSource; setDown(down: boolean): void } {
  const inner = simulatedTransactions();
  let down = false;
  const unavailable = () => Promise.reject(new Neo4jError('Failed to connect to server', 'ServiceUnavailable', 'N/A', 'N/A'));
  return {
    setDown: (value) => {
      down = value;
    },
    source: {
      read: (work) => (down ? unavailable() : inner.read(work)),
      readEach: (work) => (down ? unavailable() : inner.readEach(work)),
      write: (work) => (down ? unavailable() : inner.write(work)),
      verify: () => (down ? unavailable() : inner.verify()),
      close: () => inner.close(),
    },
  };
}

describe('store outage (Neo4j adapter)', () => {
  it('reports not ready while the store is down and ready when it returns; requests fail fast and retryable', async () => {
    const neo4j = switchableNeo4j();
    const store = new Neo4jGraphStore(neo4j.source);
    await store.init();
    const services = createServices(store, defaultSecuritySettings());
    await services.users.create('outage-editor', 'editor', testPassword);
    const server = await startServer({ services, port: 0, host: '127.0.0.1', log: silentLogger });
    try {
      const { cookie } = await login(server.url, 'outage-editor', testPassword);
      const ask = () => gql<{ actors: { total: number } }>(server.url, '{ actors { total } }', {}, { cookie: cookie ?? '' });
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await ask()).data?.actors.total).toBe(0);

      neo4j.setDown(true);
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', store: 'neo4j' });
      const started = Date.now();
      const failed = await ask();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('1');
      expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });

      neo4j.setDown(false);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect((await ask()).data?.actors.total).toBe(0);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
