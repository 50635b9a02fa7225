import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@weefsel/graph-schema';
import { demoGraph } from '@weefsel/seeds';
import type { StoreConfig } from '../../api/src/config';
import { defaultSecuritySettings, type SecuritySettings } from '../../api/src/config-security';
import { silentLogger, type Logger } from '../../api/src/logger';
import { startServer } from '../../api/src/server';
import { createServices, type Services } from '../../api/src/services/services';
import type { GraphStore } from '../../api/src/store/graph-store';
import { neo4jSkipReason, testNeo4jConfig, wipeNeo4j } from '../../api/src/store/neo4j/testing/test-neo4j';
import { openStore } from '../../api/src/store/open-store';
import type { StoreKind } from './test-stores';

/** One user per role, created in every test app, all with this password. */
export const testUsers: Record<Role, string> = { viewer: 'test-viewer', editor: 'test-editor', admin: 'test-admin' };
export const testPassword = 'correct horse battery staple';

export type Caller = Role | 'anonymous';

export interface TestApp {
  url: string;
  store: GraphStore;
  /** Where the store is, so a test can open a second connection (another process or instance). */
  storeConfig: StoreConfig;
  services: Services;
  /** The session cookie (`name=value`) of the test user with this role. */
  cookie(role: Role): string;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  /** The store behind the server: a fresh SQLite file (default) or this worker's wiped Neo4j. */
  store?: StoreKind;
  seed?: boolean;
  security?: Partial<SecuritySettings>;
  /** Wraps the store the server sees, e.g. to make one call fail. */
  wrapStore?: (store: GraphStore) => GraphStore;
  log?: Logger;
  /**
   * The built web app the server serves; default: WEEFSEL_TEST_WEB_DIST, else the server's own
   * (web/dist). Lets one run test a private build while others use web/dist.
   */
  webDist?: string;
}

async function freshStoreConfig(kind: StoreKind, dir: string): Promise<StoreConfig> {
  if (kind === 'sqlite') return { kind, file: path.join(dir, 'weefsel.sqlite') };
  const config = testNeo4jConfig();
  if (!config) throw new Error(`startTestApp: no Neo4j in this test run (${neo4jSkipReason()}); ask testStoreKinds() which stores to use`);
  await wipeNeo4j(config);
  return config;
}

/** Session cookies per app URL and role, so `gql(app.url, ...)` can send them. */
const sessions = new Map<string, Partial<Record<Role, string>>>();

/**
 * The real server on an ephemeral loopback port over a fresh store (SQLite unless `store` says), loaded with the demo
 * seeds unless `seed: false`, with a logged-in test user per role (see `testUsers`).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = await mkdtemp(path.join(tmpdir(), 'weefsel-test-'));
  const storeConfig = await freshStoreConfig(options.store ?? 'sqlite', dir);
  const store = await openStore(storeConfig);
  if (options.seed ?? true) await store.importGraph(demoGraph());
  // A suite reads far faster than a person does; suites about the read limit set their own.
  const security = defaultSecuritySettings({ readsPerMinute: 1_000_000, ...options.security });
  const services = createServices(options.wrapStore ? options.wrapStore(store) : store, security);
  for (const [role, name] of Object.entries(testUsers)) await services.users.create(name, role as Role, testPassword);
  const webDist = options.webDist ?? process.env.WEEFSEL_TEST_WEB_DIST;
  const server = await startServer({ services, port: 0, host: '127.0.0.1', log: options.log ?? silentLogger, ...(webDist ? { webDist } : {}) });
  const cookies: Partial<Record<Role, string>> = {};
  for (const [role, name] of Object.entries(testUsers)) {
    const { cookie } = await login(server.url, name, testPassword);
    if (!cookie) throw new Error(`startTestApp: the test user ${name} could not log in`);
    cookies[role as Role] = cookie;
  }
  sessions.set(server.url, cookies);
  return {
    url: server.url,
    store,
    storeConfig,
    services,
    cookie: (role) => cookies[role] as string,
    async stop() {
      sessions.delete(server.url);
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface GqlResult<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * POSTs a GraphQL operation as JSON (which also satisfies Apollo's CSRF prevention), as the test
 * editor of that app unless `as` names another role or 'anonymous', or `cookie` is given.
 */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { as?: Caller; cookie?: string } = {},
): Promise<GqlResult<T>> {
  const as = options.as ?? 'editor';
  const cookie = options.cookie ?? (as === 'anonymous' ? undefined : sessions.get(url)?.[as]);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = { status: response.status, ...((await response.json()) as object) } as GqlResult<T>;
  // Not enumerable, so comparing two whole results never compares their Date headers, which tick.
  return Object.defineProperty(result, 'headers', { value: response.headers, enumerable: false });
}

/** Logs in over HTTP; `cookie` is the `name=value` of the session cookie it set, if any. */
export async function login(url: string, name: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { id name role } }', variables: { n: name, p: password } }),
  });
  const setCookie = response.headers.get('set-cookie');
  const body = (await response.json()) as { data?: { login: { id: string; name: string; role: Role } } | null; errors?: { extensions?: Record<string, unknown> }[] };
  return { status: response.status, setCookie, cookie: setCookie ? (setCookie.split(';')[0] ?? null) : null, body };
}

/**
 * An admin of the app creates a user with a generated password over GraphQL; the user logs in.
 * Gives the user's id, the generated password and the session cookie.
 */
export async function loggedInNewUser(url: string, name: string, role: Role): Promise<{ id: string; password: string; cookie: string }> {
  const created = await gql<{ createUser: { user: { id: string }; password: string } }>(
    url,
    'mutation ($name: String!, $role: Role!) { createUser(input: { name: $name, role: $role }) { user { id } password } }',
    { name, role },
    { as: 'admin' },
  );
  const { user, password } = created.data!.createUser;
  return { id: user.id, password, cookie: (await login(url, name, password)).cookie ?? '' };
}
