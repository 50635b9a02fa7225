/**
 * `npm run eval:recommend`: link-prediction evaluation of the partner recommendations.
 * On the two real, dated networks of `../shared/eval-data` (when present): the network up to a
 * cut-off year ranks candidates for every organisation that formed new ties after it, at the cut-off
 * year the data's README proposes and at earlier ones (whether a gain holds at other times). On the demo,
 * generated and classic networks: a seeded random 10% of the collaboration ties is held out, five
 * times with five seeds, the results pooled (one 10% of the demo is only 44 ties: one hit more or
 * less moves hits@10 by 0.011). Prints AUC, precision@10, hits@10 and MRR per network and scorer as
 * a markdown table.
 */
import type { Subgraph } from '@weefsel/graph-schema';
import { demoGraph, generateGraph } from '@weefsel/seeds';
import { UndirectedGraph } from 'graphology';
import { florentineFamilies, karateClub } from 'graphology-generators/social';
import { actor, relation } from '../../api/src/analysis/fixtures/classic-graphs';
import { wholeSubgraph } from '../../api/src/analysis/fixtures/demo-subgraph';
import { realNetworks, temporalSplit } from './real-networks';
import { pairedRatioInterval } from './paired-bootstrap';
import { evaluate, holdOut, pooled, scorers, type EvalResult, type Split } from './recommend-eval-steps';

const seed = 2026;
const share = 0.1;
const randomHoldOutSeeds = [seed, seed + 1, seed + 2, seed + 3, seed + 4];

function structural(generate: (ctor: typeof UndirectedGraph) => UndirectedGraph): Subgraph {
  const g = generate(UndirectedGraph);
  return {
    areaId: null,
    areaKind: null,
    asOf: null,
    nodes: g.nodes().map((id) => actor(`n${id}`)),
    relations: g.mapEdges((_e, _a, s, t) => relation(`n${s}`, `n${t}`)),
  };
}

const randomHoldOut = (load: () => Subgraph) => (): Split[] => {
  const subgraph = load();
  return randomHoldOutSeeds.map((s) => holdOut(subgraph, share, s));
};
const real = realNetworks();
if (real.missing) console.warn(`Real networks SKIPPED: ${real.missing}`);

const networks: [string, () => Split[]][] = [
  ...real.networks.flatMap((n) =>
    [n.cutYear, ...n.earlierCuts].map((year): [string, () => Split[]] => [
      `${n.name}, ties after ${year}${year === n.cutYear ? '' : ' (earlier cut-off)'}`,
      () => [temporalSplit({ ...n, cutYear: year })],
    ]),
  ),
  ['demo seeds', randomHoldOut(() => wholeSubgraph(demoGraph()))],
  ['generated 3,000 (seed 7)', randomHoldOut(() => wholeSubgraph(generateGraph({ seed: 7, actors: 3000, relations: 15000 })))],
  ...(process.env.EVAL_LARGE ? ([['generated 10,000 (seed 11)', randomHoldOut(() => wholeSubgraph(generateGraph({ seed: 11, actors: 10000, relations: 50000 })))]] as [string, () => Split[]][]) : []),
  ['karate club', randomHoldOut(() => structural((C) => karateClub(C)))],
  ['Florentine families', randomHoldOut(() => structural((C) => florentineFamilies(C)))],
];

// EVAL_ONLY=Norway (a part of the name, any case) runs only the networks it names: for quick checks.
const only = process.env.EVAL_ONLY?.toLowerCase();
const chosen = networks.filter(([name]) => only === undefined || name.toLowerCase().includes(only));
const fmt = (x: number) => x.toFixed(3);
const lines = ['| network | scorer | AUC | precision@10 | hits@10 | MRR |', '|---|---|---|---|---|---|'];
const verdicts: string[] = [];
for (const [name, load] of chosen) {
  const splits = load();
  const holdOuts = splits.length > 1 ? `${splits.length} hold-outs, ` : '';
  const results = new Map<string, EvalResult>();
  // Made again per network, so the random baseline starts from its seed on each.
  const scorerSet = scorers(seed);
  for (const [scorerName, scorer] of Object.entries(scorerSet)) {
    const r = pooled(splits.map((split) => evaluate(split, scorer, seed)));
    results.set(scorerName, r);
    lines.push(`| ${name} (${holdOuts}${r.heldOut} held out, ${r.queries} queries) | ${scorerName} | ${fmt(r.auc)} | ${fmt(r.precisionAt10)} | ${fmt(r.hitsAt10)} | ${fmt(r.mrr)} |`);
  }
  verdicts.push(`${name}: ${againstBaselines(results, scorerSet)}`);
}
console.log(lines.join('\n'));
console.log(`\nAgainst the best baseline, unrounded (the likelihood's target: +20% on both measures; the balanced default's: at least equal on hits@10); in brackets the 95% interval of the ratio over 2,000 paired resamples of the queries\n${verdicts.join('\n')}`);

/**
 * How far the product's two rankings lie above the best baseline of each measure, from unrounded
 * figures, with how sure that is: the 95% interval of the ratio when the queries are drawn again
 * (paired bootstrap, `paired-bootstrap.ts`), and how often such a draw reaches the target.
 */
function againstBaselines(results: ReadonlyMap<string, EvalResult>, scorerSet: ReturnType<typeof scorers>): string {
  const baselines = [...results].filter(([scorer]) => !scorerSet[scorer]!.productPool);
  const best = (measure: 'hitsAt10' | 'mrr') => baselines.reduce((top, entry) => (entry[1][measure] > top[1][measure] ? entry : top));
  const signed = (ratio: number) => `${ratio >= 1 ? '+' : ''}${(100 * (ratio - 1)).toFixed(1)}%`;
  const gain = (scorer: string, measure: 'hitsAt10' | 'mrr', target: number) => {
    const [baseline, figures] = best(measure);
    const own = results.get(scorer)!;
    const r = pairedRatioInterval(own.outcomes, figures.outcomes, measure === 'mrr' ? 'reciprocalRanks' : 'hits', target, { seed });
    const name = measure === 'mrr' ? 'MRR' : 'hits@10';
    return `${name} ${own[measure].toFixed(4)} vs ${figures[measure].toFixed(4)} (${baseline}) ${signed(r.ratio)} [95%: ${signed(r.low)} to ${signed(r.high)}; ${signed(target)} or more in ${(100 * r.reaching).toFixed(0)}% of resamples]`;
  };
  return `likelihood ${gain('likelihood', 'hitsAt10', 1.2)}, ${gain('likelihood', 'mrr', 1.2)}; balanced ${gain('balanced (default)', 'hitsAt10', 1)}`;
}
