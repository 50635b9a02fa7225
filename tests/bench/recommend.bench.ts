/**
 * `npm run bench:recommend`: recommendPartners for one actor and suggestCollaborations for one
 * neighbourhood on the 50,000-actor generated network (BENCH_ACTORS=N for fewer), through the
 * service and over HTTP, on SQLite and, when there is one (bench-neo4j.ts), on Neo4j.
 * Prints median and p95 of warm calls (the services' cache holds the care zone) and of cold calls
 * (fresh services, so an empty cache, before each call: load the care zone + build graph +
 * communities), and of calls right after a write (an edit, an accepted suggestion, a new tie); and the time to fit the
 * likelihood model on the whole network. Targets: one actor < 50 ms p95 warm over HTTP and < 300 ms
 * right after a write, one neighbourhood < 500 ms p95, the fit < 5 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultCollaborationKind, endpointKindProblem, isAreaKind, relationKinds, todayInBrussels, type Actor, type GraphDocument, type NodeKind } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../../api/src/analysis/analysis-graph';
import { wholeSubgraph } from '../../api/src/analysis/fixtures/demo-subgraph';
import { localAreaKinds } from '../../api/src/analysis/kinds';
import { fitLikelihood } from '../../api/src/analysis/likelihood/likelihood-model';
import { likelihoodSeed, recommendContext } from '../../api/src/analysis/recommend/recommend-context';
import { createServices } from '../../api/src/services/services';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { gql, startTestApp } from '../support/test-app';
import { median, spread } from './bench-measure';
import { openBenchNeo4j } from './bench-neo4j';

const actors = Number(process.env.BENCH_ACTORS ?? 50_000);
const runs = 30;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] as number;
}

/** "median | p95" of `run` over the inputs; `before` (untimed) runs before each timed call. */
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

/** Like `times`, warm, with an untimed `before` awaited before each timed call. */
async function timesAfter(inputs: readonly string[], run: (input: string) => Promise<unknown>, before: (input: string) => Promise<void>): Promise<string> {
  for (const input of inputs) await run(input);
  const ms: number[] = [];
  for (const input of inputs) {
    await before(input);
    const start = performance.now();
    await run(input);
    ms.push(performance.now() - start);
  }
  return `${median(ms).toFixed(1)} | ${p95(ms).toFixed(1)}`;
}

/** Fitting the likelihood model on the whole generated network (what a call after a write pays). */
function fitTimes(doc: GraphDocument): string {
  const ms: number[] = [];
  for (let k = 0; k < 3; k++) {
    const ctx = recommendContext(buildAnalysisGraph(wholeSubgraph(doc)));
    ctx.communities();
    const start = performance.now();
    fitLikelihood(ctx, likelihoodSeed);
    ms.push(performance.now() - start);
  }
  return ms.map((m) => (m / 1000).toFixed(2)).join(', ');
}

interface Sample {
  actorIds: string[];
  nbhIds: string[];
  kindOf: Map<string, NodeKind>;
}

/** The actors placed in a neighbourhood, and those neighbourhoods, spread over the network. */
function sampled(doc: GraphDocument): Sample {
  const kindOf = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const placed = doc.relations.filter((r) => relationKinds[r.kind].placesIn && localAreaKinds.has(kindOf.get(r.target) as NodeKind) && !isAreaKind(kindOf.get(r.source) as NodeKind));
  return { actorIds: spread([...new Set(placed.map((r) => r.source))], runs), nbhIds: spread([...new Set(placed.map((r) => r.target))], runs), kindOf };
}

/**
 * The generated network, made again for each use rather than held: a server holds no such
 * document, and the bench's copy (about 60 MB of objects) made each full collection slower.
 */
const generated = () => generateGraph({ seed: 1, actors });

/**
 * Every call of the table on one store holding the document. Cold means a fresh set of services
 * (as one server process makes them) before each call, so no cache of theirs holds the zone,
 * however the services cache; warm means one set of services kept across the calls.
 */
async function benchStore(store: GraphStore, { actorIds, nbhIds, kindOf }: Sample): Promise<Map<string, string>> {
  // The day the web asks by default: today.
  const today = todayInBrussels();
  const partners = (services: ReturnType<typeof createServices>, id: string) =>
    services.recommend.recommendPartners({ actorId: id, neighbourhoodId: null, areaId: null, asOf: today, limit: 10 });
  const warm = createServices(store);
  let cold = createServices(store);
  const fresh = () => void (cold = createServices(store));
  const rows = new Map<string, string>();
  rows.set('recommendPartners, service, warm', await times(actorIds, (id) => partners(warm, id)));
  rows.set('recommendPartners, service, cold', await times(actorIds, (id) => partners(cold, id), fresh));
  // One server process holds one set of services: let go of the last cold one's region.
  fresh();
  // A write moves the change mark: the next call patches the region from the store's change log,
  // reusing what the write cannot have changed (see recommend-context-after.ts).
  let written = 0;
  const edit = async (id: string) => {
    const actor = (await store.getActor(id)) as Actor;
    written += 1;
    await store.upsertActor({ id, kind: actor.kind, name: actor.name, description: `bench write ${written}`, formal: actor.formal, domains: actor.domains, targetGroups: actor.targetGroups, contact: actor.contact });
  };
  /** A sampled actor from `step` places on that `id` may partner with (the kinds allow the default collaboration). */
  const other = (id: string, step: number) => {
    const from = actorIds.indexOf(id);
    for (let k = step; k < step + actorIds.length; k++) {
      const b = actorIds[(from + k) % actorIds.length] as string;
      if (b !== id && endpointKindProblem(defaultCollaborationKind, kindOf.get(id)!, kindOf.get(b)!) === null) return b;
    }
    throw new Error(`bench: no sampled actor can partner with ${id}`);
  };
  const accept = (id: string) => store.upsertRelation({ kind: defaultCollaborationKind, source: id, target: other(id, 7), status: 'PLANNED' }).then(() => undefined);
  const tie = (id: string) => store.upsertRelation({ kind: defaultCollaborationKind, source: id, target: other(id, 11), since: today }).then(() => undefined);
  rows.set('recommendPartners, service, right after an edit of the actor', await timesAfter(actorIds, (id) => partners(warm, id), edit));
  rows.set('recommendPartners, service, right after an accepted suggestion (planned tie)', await timesAfter(actorIds, (id) => partners(warm, id), accept));
  rows.set('recommendPartners, service, right after a new tie', await timesAfter(actorIds, (id) => partners(warm, id), tie));
  rows.set('suggestCollaborations, service, warm', await times(nbhIds, (id) => warm.recommend.suggestCollaborations(id, today, 10)));
  rows.set('suggestCollaborations, service, cold', await times(nbhIds, (id) => cold.recommend.suggestCollaborations(id, today, 10), fresh));

  const app = await startTestApp({ seed: false, wrapStore: () => store });
  try {
    const partnersQuery = `query ($id: ID!) { recommendPartners(actorId: $id, limit: 10) { actor { id } score explanation { nl en } } }`;
    const suggestQuery = `query ($id: ID!) { suggestCollaborations(neighbourhoodId: $id, limit: 10) { from { id } to { id } score gap { id } explanation { en } } }`;
    const ok = async (query: string, id: string) => {
      const res = await gql(app.url, query, { id }, { as: 'viewer' });
      if (res.errors) throw new Error(`bench: ${JSON.stringify(res.errors)}`);
    };
    rows.set('recommendPartners, HTTP API, warm', await times(actorIds, (id) => ok(partnersQuery, id)));
    rows.set('suggestCollaborations, HTTP API, warm', await times(nbhIds, (id) => ok(suggestQuery, id)));
  } finally {
    await app.stop();
  }
  return rows;
}

async function onSqlite(sample: Sample): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-recommend-bench-'));
  const store = openSqliteStore(join(dir, 'bench.sqlite'));
  try {
    await store.init();
    await store.importGraph(generated());
    console.error(`SQLite: ${actors} actors imported`);
    return await benchStore(store, sample);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onNeo4j(sample: Sample): Promise<Map<string, string> | null> {
  const neo4j = await openBenchNeo4j();
  if (!neo4j) return null;
  try {
    const start = performance.now();
    await neo4j.store.importGraph(generated(), { replace: true });
    console.error(`Neo4j (${neo4j.origin}): ${actors} actors imported in ${((performance.now() - start) / 1000).toFixed(0)} s`);
    return await benchStore(neo4j.store, sample);
  } catch (error) {
    console.log(`Neo4j skipped: the run failed (${error instanceof Error ? error.message : String(error)}).`);
    return null;
  } finally {
    await neo4j.close();
  }
}

const sample = sampled(generated());
console.error(`${actors} actors generated; ${sample.actorIds.length} actors and ${sample.nbhIds.length} neighbourhoods sampled`);
const fits = fitTimes(generated());
const results: [string, Map<string, string>][] = [['SQLite', await onSqlite(sample)]];
const neo4j = await onNeo4j(sample);
if (neo4j) results.push(['Neo4j', neo4j]);

console.log(`\nRecommendation timings on ${actors.toLocaleString('en')} generated actors, ${runs} calls each (ms)\n`);
console.log(`| call | ${results.map(([store]) => `${store} median | ${store} p95`).join(' | ')} |`);
console.log(`|---|${results.map(() => '---:|---:').join('|')}|`);
for (const call of results[0]![1].keys()) console.log(`| ${call} | ${results.map(([, rows]) => rows.get(call) ?? '- | -').join(' | ')} |`);
console.log(`\nLikelihood model fitted on the whole network of ${actors.toLocaleString('en')} actors, three fits: ${fits} s`);
