/**
 * How long one heavy request holds the server for everyone else: `npm run bench:stall [-- --actors
 * 50000]`. The real server (one process, SQLite, as `npm start` runs it) on a generated region;
 * while each call below runs, a probe asks `/healthz` every 20 ms, and its slowest answer is how
 * long the process could answer nobody. Calls: the first partner recommendation after the start
 * (once the server's warm-up has prepared the region), a warm one, a one-record import through the API and the recommendation
 * after it (the region is read again), the metrics of the whole region and of a care zone.
 * Prints a markdown table; nothing is asserted (no target names these figures yet).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateGraph } from '@weefsel/seeds';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { spawnServer } from './load-server';

const { values: args } = parseArgs({ options: { actors: { type: 'string', default: '50000' }, seed: { type: 'string', default: '1' } } });
const actors = Number(args.actors);
const seed = Number(args.seed);
if (!Number.isInteger(actors) || actors < 100) throw new Error(`bench:stall: --actors must be a whole number >= 100, got "${args.actors}"`);

const admin = { name: 'bench-admin', password: 'a long passphrase for the stall bench' };

/** The server on the bench's store, and when its warm-up (it logs) has prepared the region for recommendations. */
async function startServer(db: string): Promise<{ url: string; warmedUp: Promise<void>; stop(): Promise<void> }> {
  let log = '';
  let warm = () => {};
  const warmedUp = new Promise<void>((resolve) => (warm = resolve));
  const server = await spawnServer(
    {
      NEO4J_URI: '', WEEFSEL_DB: db, WEEFSEL_SEED_ON_START: 'false', WEEFSEL_WORKERS: '1',
      WEEFSEL_ADMIN_USER: admin.name, WEEFSEL_ADMIN_PASSWORD: admin.password, WEEFSEL_READ_RATE: '1000000', WEEFSEL_WRITE_RATE: '1000000',
    },
    undefined,
    (chunk) => {
      if (process.env.STALL_SERVER_LOG) process.stderr.write(chunk);
      log += chunk;
      if (/prepared the region for partner recommendations|reading the region in the background failed|larger than the cache keeps/.test(log)) warm();
    },
  );
  return { url: server.url, warmedUp, stop: () => server.stop() };
}

/** One call, timed, while the probe measures how late `/healthz` answers. */
async function withProbe(url: string, call: () => Promise<unknown>): Promise<{ callMs: number; healthzMs: number }> {
  let running = true;
  let worst = 0;
  const probe = (async () => {
    while (running) {
      const start = performance.now();
      await fetch(`${url}/healthz`);
      worst = Math.max(worst, performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const start = performance.now();
  try {
    await call();
  } finally {
    running = false;
    await probe;
  }
  return { callMs: performance.now() - start, healthzMs: worst };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'weefsel-stall-'));
  const db = path.join(dir, 'stall.sqlite');
  try {
    const doc = generateGraph({ seed, actors });
    const store = openSqliteStore(db);
    await store.init();
    await store.importGraph(doc);
    await store.close();
    const asker = doc.actors.find((a) => a.kind === 'Organisation')?.id as string;
    const zone = doc.actors.find((a) => a.kind === 'CareZone')?.id as string;
    const server = await startServer(db);
    try {
      for (let ready = false; !ready; ) {
        ready = (await (await fetch(`${server.url}/readyz`)).json() as { status: string }).status === 'ready';
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const headers = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
      const login = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: 'mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { name } }', variables: { n: admin.name, p: admin.password } }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
      const ask = async (query: string, variables: Record<string, unknown> = {}) => {
        const answer = (await (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify({ query, variables }) })).json()) as { errors?: { message: string }[] };
        if (answer.errors) throw new Error(`bench:stall: ${answer.errors[0]?.message}`);
      };
      const recommend = () => ask('query ($a: ID!) { recommendPartners(actorId: $a, limit: 5) { actor { id } } }', { a: asker });
      const metrics = (areaId: string | null) => ask('query ($s: ScopeInput) { networkMetrics(scope: $s) { summary { actorCount } } }', { s: areaId ? { areaId } : {} });
      // The server's own start work (the region's overview and recommendation context) first.
      await server.warmedUp;
      const rows: [string, () => Promise<unknown>][] = [
        ['recommendPartners, first after the start (the warm-up prepared the region)', recommend],
        ['recommendPartners, warm', recommend],
        ['importGraph of one actor and one tie', () => ask('mutation ($d: JSONObject!) { importGraph(data: $d) { actors { created } } }', { d: { actors: [{ id: 'org-stall-bench', kind: 'Organisation', name: 'Stall bench' }], relations: [{ kind: 'PARTNERS_WITH', source: 'org-stall-bench', target: asker }] } })],
        ['recommendPartners, first after that import', recommend],
        ['networkMetrics, whole region', () => metrics(null)],
        [`networkMetrics, care zone ${zone}`, () => metrics(zone)],
      ];
      console.log(`\nbench:stall: ${actors.toLocaleString('en')} generated actors (seed ${seed}), SQLite, one server process; ms\n`);
      console.log('| call | the call | slowest /healthz meanwhile |');
      console.log('|---|---:|---:|');
      for (const [label, call] of rows) {
        const { callMs, healthzMs } = await withProbe(server.url, call);
        console.log(`| ${label} | ${callMs.toFixed(0)} | ${healthzMs.toFixed(0)} |`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
