/**
 * `npm run bench:recommend`: recommendPartners for one actor and suggestCollaborations for one
 * neighbourhood on the 50,000-actor generated network (SQLite), through the service and over HTTP.
 * Prints median and p95 of warm calls (scored graph cached per care zone) and of cold calls (cache
 * dropped before each call: load the care zone + build graph + communities).
 * Targets (issue 4): < 50 ms p95 for one actor, < 500 ms for one neighbourhood.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isAreaKind, relationKinds, todayInBrussels, type NodeKind } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { localAreaKinds } from '../../api/src/analysis/kinds';
import { RecommendService } from '../../api/src/services/recommend.service';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { gql, startTestApp } from '../support/test-app';
import { median, spread } from './bench-measure';

const actors = Number(process.env.BENCH_ACTORS ?? 50_000);
const runs = 30;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] as number;
}

async function times(inputs: readonly string[], run: (input: string) => Promise<unknown>, before?: () => void): Promise<string> {
  // Warm: one untimed pass over every input, so each care zone is cached. Cold: one warm-up call.
  if (before) await run(inputs[0] as string);
  else for (const input of inputs) await run(input);
  const ms: number[] = [];
  for (const input of inputs) {
    before?.();
    const start = performance.now();
    await run(input);
    ms.push(performance.now() - start);
  }
  return `${median(ms).toFixed(1)} | ${p95(ms).toFixed(1)}`;
}

const doc = generateGraph({ seed: 1, actors });
const dir = mkdtempSync(join(tmpdir(), 'weefsel-recommend-bench-'));
const store = openSqliteStore(join(dir, 'bench.sqlite'));
await store.init();
await store.importGraph(doc);
const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
const placed = doc.relations.filter((r) => relationKinds[r.kind].placesIn && localAreaKinds.has(kindOf.get(r.target) as NodeKind) && !isAreaKind(kindOf.get(r.source) as NodeKind));
const actorIds = spread([...new Set(placed.map((r) => r.source))], runs);
const nbhIds = spread([...new Set(placed.map((r) => r.target))], runs);
console.error(`${actors} actors imported; ${actorIds.length} actors and ${nbhIds.length} neighbourhoods sampled`);

// The day the web asks by default: today.
const today = todayInBrussels();
const service = new RecommendService(store);
const rows: string[] = [];
rows.push(`| recommendPartners, service, warm | ${await times(actorIds, (id) => service.recommendPartners({ actorId: id, neighbourhoodId: null, areaId: null, asOf: today, limit: 10 }))} |`);
rows.push(`| recommendPartners, service, cold | ${await times(actorIds, (id) => service.recommendPartners({ actorId: id, neighbourhoodId: null, areaId: null, asOf: today, limit: 10 }), () => service.invalidate())} |`);
rows.push(`| suggestCollaborations, service, warm | ${await times(nbhIds, (id) => service.suggestCollaborations(id, today, 10))} |`);
rows.push(`| suggestCollaborations, service, cold | ${await times(nbhIds, (id) => service.suggestCollaborations(id, today, 10), () => service.invalidate())} |`);

const app = await startTestApp({ seed: false, wrapStore: () => store });
try {
  const partners = `query ($id: ID!) { recommendPartners(actorId: $id, limit: 10) { actor { id } score explanation { nl en } } }`;
  const suggest = `query ($id: ID!) { suggestCollaborations(neighbourhoodId: $id, limit: 10) { from { id } to { id } score gap { id } explanation { en } } }`;
  const ok = async (query: string, id: string) => {
    const res = await gql(app.url, query, { id }, { as: 'viewer' });
    if (res.errors) throw new Error(`bench: ${JSON.stringify(res.errors)}`);
  };
  rows.push(`| recommendPartners, HTTP API, warm | ${await times(actorIds, (id) => ok(partners, id))} |`);
  rows.push(`| suggestCollaborations, HTTP API, warm | ${await times(nbhIds, (id) => ok(suggest, id))} |`);
} finally {
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nRecommendation timings on ${actors.toLocaleString('en')} generated actors (SQLite), ${runs} calls each (ms)\n`);
console.log('| call | median | p95 |\n|---|---:|---:|');
console.log(rows.join('\n'));
