// npm run bench:load [-- --duration 30 --levels 1,10,50,100 --workers N --writes false]
// Logged-in users over loopback: readers (viewers and editors) and writers (editors), 30 s per
// level of concurrency; prints throughput, p50/p95/p99 latency and errors per level.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../api/src/config';
import type { LoadJob, Measured } from './load-client';
import { startLoadServer } from './load-server';

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

const server = await startLoadServer(workers);
try {
  const admin = (await post(server.url, loginMutation, { n: 'demo-admin', p: server.demoPassword })).cookie;
  const viewers = await loggedInUsers(server.url, admin, 'viewer', 20);
  const editors = await loggedInUsers(server.url, admin, 'editor', 20);
  const readers = viewers.flatMap((v, i) => [v, editors[i] as string]);
  console.log(`Load test: ${duration} s per level, levels ${levels.join(', ')}; embedded SQLite store with the demo network; server in its own process${workers > 1 ? ` with ${workers} workers` : ''}.`);
  console.log('Readers cycle through network (care zone), search, actor, egoNetwork (depth 2) and actors; writers upsert an actor.\n');
  console.log('| concurrent clients | requests (clients) | req/s | p50 | p95 | p99 | errors |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const level of levels) {
    const writers = writersAt(level);
    // The writers connect first: a Node server saturated by the readers does not get round to
    // accepting connections opened later (measured: seconds), which would time the accept
    // queue rather than the writes. README, "Load", explains.
    const writing = writers > 0 ? generate({ role: 'writes', url: server.url, duration: duration + 1, connections: writers, cookies: editors }) : Promise.resolve(null);
    await new Promise((resolve) => setTimeout(resolve, writers > 0 ? 1000 : 0));
    const [reads, writes] = await Promise.all([generate({ role: 'reads', url: server.url, duration, connections: level - writers, cookies: readers }), writing]);
    console.log(row(level, 'reads', level - writers, reads));
    if (writes) console.log(row(level, 'writes', writers, writes));
  }
} finally {
  await server.stop();
}
