// npm run bench:load [-- --duration 30 --levels 1,10,50,100]
// Logged-in users over loopback: readers (viewers and editors) and writers (editors), 30 s per
// level of concurrency; prints throughput, p50/p95/p99 latency and errors per level.
import { randomUUID } from 'node:crypto';
import autocannon, { type Request } from 'autocannon';
import { startLoadServer } from './load-server';

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

const duration = Number(option('duration', '30'));
const levels = option('levels', '1,10,50,100').split(',').map(Number);
/** One writer per ten connections: a 9:1 mix of reading and writing users. */
const writersAt = (connections: number) => Math.floor(connections / 10);

async function post(url: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

const loginMutation = 'mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { id } }';

/** An admin creates `count` users of a role; each logs in; returns their session cookies. */
async function loggedInUsers(url: string, adminCookie: string, role: 'viewer' | 'editor', count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `load-${role}-${i}`;
    await post(url, 'mutation ($n: String!, $r: Role!) { createUser(input: { name: $n, role: $r, password: "load test password" }) { user { id } } }', { n: name, r: role }, adminCookie);
    cookies.push((await post(url, loginMutation, { n: name, p: 'load test password' })).cookie);
  }
  return cookies;
}

const gqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const readRequests: Request[] = [
  { body: gqlBody('query ($s: ScopeInput) { network(scope: $s) { nodes { id kind name description formal domains targetGroups personalDataHidden boundary } relations { id kind source target since until weight } } }', { s: { areaId: 'cz-brugge' } }) },
  { body: gqlBody('{ search(text: "brugge", limit: 10) { id kind name } }') },
  { body: gqlBody('{ actor(id: "org-caw-nwvl") { id name description contact { email } relations { id kind source target } } }') },
  { body: gqlBody('{ egoNetwork(actorId: "org-caw-nwvl", depth: 2) { nodes { id name boundary } relations { id } } }') },
  { body: gqlBody('{ actors(filter: { kinds: [Organisation], domains: [HOUSING] }, limit: 20) { total items { id name } } }') },
];

/** Per-connection state kept by autocannon between requests. */
interface ClientContext {
  cookie?: string;
  id?: string;
  n?: number;
}

/** Each writer keeps changing one actor of its own, so every request is a real write. */
const writeBody = (context: ClientContext) => {
  context.id ??= `load-${randomUUID().slice(0, 8)}`;
  context.n = (context.n ?? 0) + 1;
  return gqlBody(`mutation { upsertActor(input: { id: "${context.id}", kind: CitizenInitiative, name: "Load ${context.n}", domains: [WELFARE] }) { id updatedAt } }`);
};
const writeRequests: Request[] = [{ body: '' }];

interface Measured {
  requests: number;
  latencies: number[];
  errors: number;
  /** What the errors were: `http 503`, `graphql RATE_LIMITED`, `timeout`, ... */
  kinds: Map<string, number>;
}

function count(m: Measured, kind: string, n = 1): void {
  if (n <= 0) return;
  m.errors += n;
  m.kinds.set(kind, (m.kinds.get(kind) ?? 0) + n);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
}

/**
 * One autocannon run; every connection logs in as one of `cookies` (its own user when there are
 * enough). A response that is not HTTP 200 or carries GraphQL errors counts as an error.
 */
function run(url: string, connections: number, cookies: string[], requests: Request[], body?: (context: ClientContext) => string): Promise<Measured> {
  const measured: Measured = { requests: 0, latencies: [], errors: 0, kinds: new Map() };
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`, connections, duration,
        requests: requests.map((r) => ({
          ...r,
          method: 'POST',
          setupRequest: (request: Request, context: ClientContext) => {
            context.cookie ??= cookies[next++ % cookies.length];
            return { ...request, headers: { 'content-type': 'application/json', cookie: context.cookie ?? '' }, ...(body ? { body: body(context) } : {}) };
          },
          onResponse: (status: number, responseBody: string) => {
            if (status !== 200) count(measured, `http ${status}`);
            else if (responseBody.includes('"errors"')) count(measured, `graphql ${/"code":"(\w+)"/.exec(responseBody)?.[1] ?? '?'}`);
          },
        })),
      },
      (error, result) => {
        if (error) return reject(error);
        count(measured, 'timeout', result.timeouts);
        count(measured, 'socket', result.errors - result.timeouts);
        resolve(measured);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      measured.requests += 1;
      measured.latencies.push(responseTime);
    });
  });
}

function row(level: number, kind: string, connections: number, m: Measured): string {
  const sorted = [...m.latencies].sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(1)} ms`;
  const what = [...m.kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  return `| ${level} | ${kind} (${connections}) | ${Math.round(m.requests / duration)} | ${f(percentile(sorted, 50))} | ${f(percentile(sorted, 95))} | ${f(percentile(sorted, 99))} | ${m.errors}${what ? ` (${what})` : ''} |`;
}

const server = await startLoadServer();
try {
  const admin = (await post(server.url, loginMutation, { n: 'demo-admin', p: server.demoPassword })).cookie;
  const viewers = await loggedInUsers(server.url, admin, 'viewer', 20);
  const editors = await loggedInUsers(server.url, admin, 'editor', 20);
  const readers = viewers.flatMap((v, i) => [v, editors[i] as string]);
  console.log(`Load test: ${duration} s per level, levels ${levels.join(', ')}; embedded SQLite store with the demo network; server in its own process.`);
  console.log('Readers cycle through network (care zone), search, actor, egoNetwork (depth 2) and actors; writers upsert an actor.\n');
  console.log('| concurrent clients | requests (clients) | req/s | p50 | p95 | p99 | errors |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const level of levels) {
    const writers = writersAt(level);
    const [reads, writes] = await Promise.all([
      run(server.url, level - writers, readers, readRequests),
      writers > 0 ? run(server.url, writers, editors, writeRequests, writeBody) : Promise.resolve(null),
    ]);
    console.log(row(level, 'reads', level - writers, reads));
    if (writes) console.log(row(level, 'writes', writers, writes));
  }
} finally {
  await server.stop();
}
