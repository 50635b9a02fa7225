/**
 * Analysis on real networks: `npm run eval:analysis`. Loads the two real collaboration networks of
 * `../shared/eval-data` into a fresh SQLite store, asks the analysis service for the metrics of the
 * whole region and of each care zone with at least `--min-actors` actors (the `networkMetrics` call
 * the views make), and hands each answer with its network to `analysis-eval.py`, which computes the
 * same measures exactly with NetworkX and prints how far the answer is from them: exact where the
 * scope is computed exactly, and how well the sampled betweenness and closeness of a large scope
 * rank its actors (the metrics view lists them by betweenness). Needs python3 with networkx and scipy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Scope } from '@weefsel/graph-schema';
import { defaultAnalysisOptions } from '../../api/src/analysis/analysis-options';
import { AnalysisService } from '../../api/src/services/analysis.service';
import { cachedAnalysisGraph } from '../../api/src/services/analysis/cached-analysis-graph';
import { MarkCache } from '../../api/src/store/mark-cache';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { realNetworks } from './real-networks';

const { values: args } = parseArgs({ options: { 'min-actors': { type: 'string', default: '300' } } });
const minActors = Number(args['min-actors']);
if (!Number.isInteger(minActors) || minActors < 1) throw new Error(`eval:analysis: --min-actors must be a whole number >= 1, got "${args['min-actors']}"`);

const options = defaultAnalysisOptions;

async function main(): Promise<void> {
  const { networks, missing } = realNetworks();
  if (missing) {
    console.log(`eval:analysis: no real network to evaluate on (${missing}); set WEEFSEL_EVAL_DATA to the folder holding them`);
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-analysis-eval-'));
  const answers: string[] = [];
  try {
    for (const network of networks) {
      const store = openSqliteStore(join(dir, `${answers.length}.sqlite`));
      try {
        await store.init();
        await store.importGraph(network.doc);
        // One cache for the service and this script, so the network below is the one the answer was computed on, not read again.
        const cache = new MarkCache(store);
        const service = new AnalysisService(store, options, cache);
        const zones = network.doc.actors.filter((a) => a.kind === 'CareZone');
        const scopes: { label: string; scope: Scope }[] = [{ label: `${network.name}, whole region`, scope: {} }];
        for (const zone of zones) scopes.push({ label: `${network.name}, ${zone.name}`, scope: { areaId: zone.id } });
        for (const { label, scope } of scopes) {
          const view = await service.metrics(scope, null);
          if (view.summary.actorCount < minActors) continue;
          const ag = await cachedAnalysisGraph(cache, store, scope, null);
          const file = join(dir, `${answers.length}.json`);
          writeFileSync(
            file,
            JSON.stringify({
              label,
              nodes: ag.adjacency.ids,
              ties: ag.ties.map((t) => [t.source, t.target, t.weight]),
              summary: view.summary,
              actors: view.actors.map(({ actor: _actor, ...m }) => m),
              listedFirst: view.actors.slice(0, 10).map((m) => m.actorId),
            }),
          );
          answers.push(file);
          console.error(`${new Date().toISOString()} ${label}: ${ag.adjacency.ids.length} nodes, ${ag.ties.length} ties${view.summary.approximate ? `, sampled (${view.summary.sampleSize} sources)` : ', exact'}`);
        }
      } finally {
        await store.close();
      }
    }
    const script = join(import.meta.dirname, 'analysis-eval.py');
    console.log(execFileSync('python3', [script, '--seed', String(options.seed), ...answers], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
