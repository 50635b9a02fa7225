// npm run bench:load [-- --duration 30 --levels 1,10,50,100 --workers N --writes false --store both|sqlite|neo4j]
// Logged-in users over loopback: readers (viewers and editors) and writers (editors), 30 s per
// level of concurrency; prints throughput, p50/p95/p99 latency and errors per level, one table per
// store: a fresh SQLite file, then Neo4j (bench-neo4j.ts: NEO4J_URI, whose database is WIPED, or
// the test launcher's) when there is one.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../api/src/config';
import type { LoadJob, Measured } from './load-client';
import { startBenchNeo4j } from './bench-neo4j';
import { startLoadServer, type LoadServer, type LoadStore } from './load-server';

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

const duration = Number(option('duration', '30'));
const levels = option('levels', '1,10,50,100').split(',').map(Number);
/** Server processes (WEEFSEL_WORKERS); by default one per core, as a deployment would run. */
const workers = Number(option('workers', String(availableParallelism())));
/** One writer per ten connections: a 9:1 mix of reading and writing users (`--writes false`: readers only). */
const writing = option('writes', 'true') !== 'false';
const writersAt = (connections: number) => (writing ? Math.floor(connections / 10) : 0);
const storeChoice = option('store', 'both');
const warmUpSeconds = 5;
if (!['both', 'sqlite', 'neo4j'].includes(storeChoice)) throw new Error(`load.bench: --store must be both, sqlite or neo4j, got "${storeChoice}"`);

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

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
}

/** Runs one generator (load-client.ts) in a process of its own and reads its figures. */
async function generate(job: LoadJob): Promise<Measured> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests', 'bench', 'load-client.ts'), JSON.stringify(job)], {
    cwd: repoRoot, maxBuffer: 256 * 1024 * 1024,
  });
  const parsed = JSON.parse(stdout) as Omit<Measured, 'kinds'> & { kinds: [string, number][] };
  return { ...parsed, kinds: new Map(parsed.kinds) };
}

function row(level: number, kind: string, connections: number, m: Measured): string {
  const sorted = [...m.latencies].sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(1)} ms`;
  const what = [...m.kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  return `| ${level} | ${kind} (${connections}) | ${Math.round(m.requests / duration)} | ${f(percentile(sorted, 50))} | ${f(percentile(sorted, 95))} | ${f(percentile(sorted, 99))} | ${m.errors}${what ? ` (${what})` : ''} |`;
}

/** Every level against one server; returns the table rows. */
async function runLevels(server: LoadServer): Promise<string[]> {
  const admin = (await post(server.url, loginMutation, { n: 'demo-admin', p: server.demoPassword })).cookie;
  const viewers = await loggedInUsers(server.url, admin, 'viewer', 20);
  const editors = await loggedInUsers(server.url, admin, 'editor', 20);
  const readers = viewers.flatMap((v, i) => [v, editors[i] as string]);
  // Untimed: the first requests pay for query planning (Neo4j compiles each Cypher statement once),
  // the JIT and cold caches, which a running server has long paid.
  await Promise.all([
    generate({ role: 'reads', url: server.url, duration: warmUpSeconds, connections: 2, cookies: readers }),
    writing ? generate({ role: 'writes', url: server.url, duration: warmUpSeconds, connections: 1, cookies: editors }) : null,
  ]);
  const rows: string[] = [];
  for (const level of levels) {
    const writers = writersAt(level);
    // The writers connect first: a Node server saturated by the readers does not get round to
    // accepting connections opened later (measured: seconds), which would time the accept
    // queue rather than the writes. README, "Load", explains.
    const writing = writers > 0 ? generate({ role: 'writes', url: server.url, duration: duration + 1, connections: writers, cookies: editors }) : Promise.resolve(null);
    await new Promise((resolve) => setTimeout(resolve, writers > 0 ? 1000 : 0));
    const [reads, writes] = await Promise.all([generate({ role: 'reads', url: server.url, duration, connections: level - writers, cookies: readers }), writing]);
    rows.push(row(level, 'reads', level - writers, reads));
    if (writes) rows.push(row(level, 'writes', writers, writes));
    console.error(`${new Date().toISOString()} level ${level} done`);
  }
  return rows;
}

/** One store's table: the server started on it (it loads the demo network), every level, stopped. */
async function benchStore(name: string, store: LoadStore): Promise<void> {
  const server = await startLoadServer(workers, store);
  try {
    const rows = await runLevels(server);
    console.log(`\n${name}\n`);
    console.log('| concurrent clients | requests (clients) | req/s | p50 | p95 | p99 | errors |');
    console.log('|---:|---|---:|---:|---:|---:|---:|');
    for (const line of rows) console.log(line);
  } finally {
    await server.stop();
  }
}

console.log(`Load test: ${duration} s per level after a ${warmUpSeconds} s warm-up, levels ${levels.join(', ')}; the demo network; server in its own process${workers > 1 ? ` with ${workers} workers` : ''}.`);
console.log(`Readers cycle through network (care zone), search, actor, egoNetwork (depth 2) and actors; ${writing ? 'writers upsert an actor' : 'no writers'}.`);
if (storeChoice !== 'neo4j') await benchStore('Embedded SQLite store', { kind: 'sqlite' });
if (storeChoice !== 'sqlite') {
  const neo4j = await startBenchNeo4j();
  if (neo4j) {
    try {
      await benchStore(`Neo4j store (${neo4j.origin})`, neo4j.config);
    } catch (error) {
      console.log(`\nNeo4j failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    } finally {
      await neo4j.stop();
    }
  }
}
