/**
 * Analysis benchmark: `npm run bench:analysis [-- --sizes 1000,10000,50000 --seed 1 --runs 3 --no-networkx]`.
 * Generates networks of each size, imports them into a fresh SQLite file, and times every analysis
 * on a care-zone scope (the zone closest to 1,000 actors) and on the whole region, next to the same
 * computations in NetworkX (tests/bench/analysis-networkx.py). Prints markdown tables.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Scope } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph, type AnalysisGraph } from '../../api/src/analysis/analysis-graph';
import { defaultAnalysisOptions } from '../../api/src/analysis/analysis-options';
import { AnalysisService } from '../../api/src/services/analysis.service';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { analysisSteps, medianMs } from './analysis-bench-steps';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    'no-networkx': { type: 'boolean', default: false },
  },
});

function whole(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`analysis.bench: --${name} must be whole numbers >= 1, got "${raw}"`);
  return value;
}

const sizes = (args.sizes ?? '').split(',').map((s) => whole('sizes', s.trim()));
const seed = whole('seed', args.seed ?? '');
const runs = whole('runs', args.runs ?? '');
const options = { ...defaultAnalysisOptions, seed };
const fmt = (ms: number | null | undefined) => (ms === null || ms === undefined ? 'n/a' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

/** The care zone whose scope holds the number of inside actors closest to 1,000. */
async function careZoneNear1000(store: GraphStore, zoneIds: string[]): Promise<{ id: string; actors: number }> {
  const sizes = await Promise.all(
    zoneIds.map(async (id) => ({ id, actors: (await store.subgraph({ areaId: id })).nodes.filter((n) => !n.boundary).length })),
  );
  return sizes.sort((a, b) => Math.abs(a.actors - 1000) - Math.abs(b.actors - 1000))[0] as { id: string; actors: number };
}

function networkxTimes(ag: AnalysisGraph, dir: string): Record<string, number | null> {
  if (args['no-networkx']) return {};
  const file = join(dir, 'edges.txt');
  const lines = ag.ties.map((t) => `${t.source} ${t.target} ${t.weight}`);
  writeFileSync(file, `${ag.adjacency.ids.length}\n${lines.join('\n')}\n`);
  const script = join(import.meta.dirname, 'analysis-networkx.py');
  const flags = ['--samples', String(options.samples), '--exact-max', String(options.exactMaxNodes), '--seed', String(seed)];
  const out = execFileSync('python3', [script, file, ...flags], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as Record<string, number | null>;
}

async function benchScope(store: GraphStore, label: string, scope: Scope, dir: string): Promise<string[]> {
  const service = new AnalysisService(store, options);
  const subgraph = await store.subgraph(scope);
  const ag = buildAnalysisGraph(subgraph);
  const nx = networkxTimes(ag, dir);
  const rows: [string, number, number | null | undefined][] = [['load subgraph (SQLite store)', await medianMs(() => store.subgraph(scope), runs), undefined]];
  for (const step of analysisSteps(subgraph, ag, options)) {
    rows.push([step.label, await medianMs(step.run, runs), step.networkx && !args['no-networkx'] ? (nx[step.networkx] ?? null) : undefined]);
  }
  rows.push(['**whole `gaps` call** (service: store + analysis)', await medianMs(() => service.gaps(scope, null), runs), undefined]);
  rows.push(['**whole `networkMetrics` call** (service)', await medianMs(() => service.metrics(scope, null), runs), undefined]);
  const size = `${ag.adjacency.ids.length} nodes (${ag.insideWeights.reduce((s, w) => s + w, 0)} inside), ${ag.ties.length} ties`;
  return rows.map(([step, ms, py]) => {
    const ratio = typeof py === 'number' ? `${(py / ms).toFixed(1)}x` : '';
    return `| ${label} | ${size} | ${step} | ${fmt(ms)} | ${py === undefined ? '' : fmt(py)} | ${ratio} |`;
  });
}

async function benchSize(actors: number): Promise<string[]> {
  const doc = generateGraph({ seed, actors });
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-analysis-bench-'));
  const store = openSqliteStore(join(dir, 'bench.sqlite'));
  try {
    await store.init();
    await store.importGraph(doc);
    const zones = doc.actors.filter((a) => a.kind === 'CareZone').map((a) => a.id);
    const zone = await careZoneNear1000(store, zones);
    console.error(`${actors} actors: care zone ${zone.id} holds ${zone.actors} actors`);
    return [
      ...(await benchScope(store, `${actors.toLocaleString('en')}: care zone`, { areaId: zone.id }, dir)),
      ...(await benchScope(store, `${actors.toLocaleString('en')}: whole region`, {}, dir)),
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: string[] = [];
  for (const actors of sizes) rows.push(...(await benchSize(actors)));
  console.log(`\nAnalysis timings, median of ${runs} runs (ms); seed ${seed}; exact up to ${options.exactMaxNodes} nodes, else ${options.samples} sampled sources; NetworkX ${args['no-networkx'] ? 'skipped' : 'run once'}; ratio = NetworkX / Weefsel.\n`);
  console.log('| network | scope size | analysis | Weefsel ms | NetworkX ms | ratio |');
  console.log('|---|---|---|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('\nTargets (issue 3): care-zone scope (~1,000 actors) full gaps and metrics < 250 ms; whole region of 50,000 actors, all metrics except exact betweenness < 3 s.');
}

await main();
