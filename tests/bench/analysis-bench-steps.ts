import { performance } from 'node:perf_hooks';
import { buildAnalysisGraph, type AnalysisGraph } from '../../api/src/analysis/analysis-graph';
import type { AnalysisOptions } from '../../api/src/analysis/analysis-options';
import { boundarySpanners } from '../../api/src/analysis/boundary-spanners';
import { localClustering } from '../../api/src/analysis/clustering';
import { communitiesOf } from '../../api/src/analysis/communities';
import { componentsOf } from '../../api/src/analysis/components';
import { cutStructure } from '../../api/src/analysis/cut-structure';
import { domainMatrix } from '../../api/src/analysis/domain-matrix';
import { findGaps } from '../../api/src/analysis/gaps/find-gaps';
import { networkMetrics } from '../../api/src/analysis/metrics';
import { pagerankOf } from '../../api/src/analysis/pagerank';
import { pathStats } from '../../api/src/analysis/path-sampling';
import { seededRandom } from '../../api/src/analysis/rng';
import type { Subgraph } from '@weefsel/graph-schema';

/** One timed analysis; `networkx` names the matching entry of analysis-networkx.py's output. */
export interface Step {
  label: string;
  run: () => unknown;
  networkx?: string;
}

/** Median wall time of `run` over `runs` runs, after one untimed warm-up run; `before` runs untimed before each. */
export async function medianMs(run: () => unknown, runs: number, before?: () => void): Promise<number> {
  before?.();
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    global.gc?.();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** The analyses of one scope, each on its own, in the order of the table. */
export function analysisSteps(subgraph: Subgraph, ag: AnalysisGraph, options: AnalysisOptions): Step[] {
  const components = componentsOf(ag.adjacency).members;
  const exact = ag.adjacency.ids.length <= options.exactMaxNodes;
  return [
    { label: 'build analysis graph', run: () => buildAnalysisGraph(subgraph) },
    { label: 'components', run: () => componentsOf(ag.adjacency), networkx: 'components' },
    { label: 'articulation points + bridges', run: () => cutStructure(ag.adjacency, ag.insideWeights), networkx: 'cuts' },
    { label: 'clustering', run: () => localClustering(ag.adjacency), networkx: 'clustering' },
    { label: 'PageRank', run: () => pagerankOf(ag.weighted, options.pagerankAlpha), networkx: 'pagerank' },
    { label: 'Louvain + modularity', run: () => communitiesOf(ag.weighted, options.seed), networkx: 'louvain' },
    {
      label: exact ? 'betweenness + closeness, exact' : `betweenness + closeness, sampled (${options.samples} sources)`,
      run: () => pathStats(ag.adjacency, components, exact ? Number.POSITIVE_INFINITY : options.samples, seededRandom(options.seed)),
      networkx: 'pathStats',
    },
    { label: '**all metrics** (networkMetrics)', run: () => networkMetrics(buildAnalysisGraph(subgraph), options) },
    { label: '**all gaps** (findGaps)', run: () => findGaps(buildAnalysisGraph(subgraph), options) },
    { label: 'domain matrix', run: () => domainMatrix(ag) },
    { label: 'boundary spanners', run: () => boundarySpanners(ag) },
  ];
}
