import type { Subgraph } from '@weefsel/graph-schema';
import { buildAnalysisGraph, tiedOrPlanned } from '../../api/src/analysis/analysis-graph';
import type { AreaCoverage } from '../../api/src/analysis/coverage/area-coverage';
import { nestedCoverage } from '../../api/src/analysis/coverage/area-members';
import { recommendContext, type RecommendContext } from '../../api/src/analysis/recommend/recommend-context';
import { canPartner, candidatesOf, insideActors } from '../../api/src/analysis/recommend/candidates';
import { deepestArea } from '../../api/src/analysis/recommend/recommend-partners';
import { defaultRecommendWeights } from '../../api/src/analysis/recommend/recommend-weights';
import { scorePair } from '../../api/src/analysis/recommend/score-pair';
import { structuralScore } from '../../api/src/analysis/recommend/structural.score';
import { sampleWithoutReplacement, seededRandom } from '../../api/src/analysis/rng';
import { rankingScore, relativeOdds } from '../../api/src/analysis/recommend/recommend-ranking';
import { analysisSchema, analysisSettings } from '../../api/src/config-analysis';
import type { QueryOutcome } from './paired-bootstrap';

/**
 * The seed of the communities (a feature, the bridging value and its reasons): the analysis seed,
 * as the product uses it; `WEEFSEL_ANALYSIS_SEED` sets it here too, to see how much it moves.
 */
export const communitySeed = analysisSettings(analysisSchema.parse(process.env)).seed;

/** A scorer ranks candidate b for source a on the training graph; higher is better. */
export type Scorer = (ctx: RecommendContext, a: number, b: number) => number;

/**
 * The scorers, the product's two on the product's candidate pool (`candidatesOf`: a real partner
 * outside it is a miss, as it would be in the product), the baselines on every candidate.
 */
export function scorers(seed: number): Record<string, { score: Scorer; productPool: boolean }> {
  const product = (score: Scorer) => ({ score, productPool: true });
  const baseline = (score: Scorer) => ({ score, productPool: false });
  const all = rawScorers(seed);
  return Object.fromEntries(Object.entries(all).map(([name, score]) => [name, name === 'likelihood' || name === 'balanced (default)' ? product(score) : baseline(score)]));
}

function rawScorers(seed: number): Record<string, Scorer> {
  const random = seededRandom(seed);
  let mark: Uint8Array | null = null;
  const scratch = (ctx: RecommendContext) => (mark && mark.length === ctx.ag.adjacency.ids.length ? mark : (mark = new Uint8Array(ctx.ag.adjacency.ids.length)));
  // The source's neighbourhood on the training graph, computed once per area (as the service does per request).
  const coverages = new WeakMap<RecommendContext, Map<string, AreaCoverage>>();
  const coverageFor = (ctx: RecommendContext, a: number): AreaCoverage | null => {
    const area = deepestArea(ctx, a);
    if (area === null) return null;
    const known = coverages.get(ctx) ?? new Map<string, AreaCoverage>();
    coverages.set(ctx, known);
    if (!known.has(area)) known.set(area, nestedCoverage(ctx.ag, area));
    return known.get(area) as AreaCoverage;
  };
  // The likelihood model is fitted on the training graph's own history, once per graph, as the
  // service does; balanced is the service's default ranking (relative likelihood lifted by value:
  // measuring the odds against the top candidate's rather than against 1 does not change the order).
  return {
    likelihood: (ctx, a, b) => ctx.likelihood().logOdds(a, b),
    'balanced (default)': (ctx, a, b) => {
      const p = scorePair(ctx, a, b, defaultRecommendWeights, coverageFor(ctx, a), scratch(ctx));
      return rankingScore('BALANCED', relativeOdds(p.likelihood.logOdds, 0), p.value);
    },
    'Adamic-Adar': (ctx, a, b) => structuralScore(ctx.ag.adjacency, a, b, scratch(ctx)).adamicAdar,
    'common neighbours': (ctx, a, b) => structuralScore(ctx.ag.adjacency, a, b, scratch(ctx)).shared.length,
    'resource allocation': (ctx, a, b) => structuralScore(ctx.ag.adjacency, a, b, scratch(ctx)).resourceAllocation,
    Jaccard: (ctx, a, b) => {
      const shared = structuralScore(ctx.ag.adjacency, a, b, scratch(ctx)).shared.length;
      const union = ctx.degree(a) + ctx.degree(b) - shared;
      return union === 0 ? 0 : shared / union;
    },
    'preferential attachment': (ctx, a, b) => ctx.degree(a) * ctx.degree(b),
    random: () => random(),
  };
}

export interface EvalResult {
  auc: number;
  precisionAt10: number;
  hitsAt10: number;
  mrr: number;
  queries: number;
  heldOut: number;
  /** Held-out partners asked for (each tie twice, once from each end): what hits@10 and MRR average over. */
  positives: number;
  /** Per query, in the order the queries were asked (the same for every scorer): for the paired bootstrap. */
  outcomes: QueryOutcome[];
}

/** Several splits' results as one: AUC and precision@10 averaged over all queries, hits@10 and MRR over all positives. */
export function pooled(results: readonly EvalResult[]): EvalResult {
  const sum = (f: (r: EvalResult) => number) => results.reduce((total, r) => total + f(r), 0);
  const queries = sum((r) => r.queries);
  const positives = sum((r) => r.positives);
  return {
    auc: sum((r) => r.auc * r.queries) / queries,
    precisionAt10: sum((r) => r.precisionAt10 * r.queries) / queries,
    hitsAt10: sum((r) => r.hitsAt10 * r.positives) / positives,
    mrr: sum((r) => r.mrr * r.positives) / positives,
    queries,
    heldOut: sum((r) => r.heldOut),
    positives,
    outcomes: results.flatMap((r) => r.outcomes),
  };
}

export interface Split {
  train: RecommendContext;
  /** Held-out partners per source node index of the training graph. */
  positives: Map<number, Set<number>>;
  heldOut: number;
  /** Who may be recommended to anyone (less the query itself and its partners); default: every inside actor. */
  candidates?: readonly number[];
}

/** Holds out a seeded random `share` of the collaboration ties (all relations of a pair together). */
export function holdOut(subgraph: Subgraph, share: number, seed: number): Split {
  const full = buildAnalysisGraph(subgraph);
  const k = Math.max(1, Math.round(full.ties.length * share));
  const held = sampleWithoutReplacement(full.ties, k, seededRandom(seed));
  const dropped = new Set(held.flatMap((t) => t.relations.map((r) => r.id)));
  const train = recommendContext(buildAnalysisGraph({ ...subgraph, relations: subgraph.relations.filter((r) => !dropped.has(r.id)) }), null, communitySeed);
  const positives = new Map<number, Set<number>>();
  const idx = (i: number) => train.ag.adjacency.indexOf.get(full.adjacency.ids[i] as string) as number;
  for (const t of held) {
    for (const [s, d] of [[idx(t.source), idx(t.target)], [idx(t.target), idx(t.source)]] as const) {
      const set = positives.get(s) ?? new Set<number>();
      set.add(d);
      positives.set(s, set);
    }
  }
  return { train, positives, heldOut: held.length };
}

/**
 * Every endpoint of a held-out tie is a query; its candidates are all inside actors it has no
 * training tie with. Equal scores are ordered by a seeded random key, the same for every scorer.
 * AUC is per query (share of positive-negative pairs ranked right), averaged over queries.
 */
export function evaluate(split: Split, scorer: { score: Scorer; productPool: boolean }, seed: number): EvalResult {
  const tieBreak = seededRandom(seed + 1);
  let auc = 0, precision = 0, positivesSeen = 0;
  const outcomes: QueryOutcome[] = [];
  for (const [a, pos] of split.positives) {
    const tied = tiedOrPlanned(split.train.ag, a);
    const everyone = split.candidates ?? insideActors(split.train, null);
    const all = everyone.filter((b) => b !== a && !tied.has(b) && (split.candidates !== undefined || canPartner(split.train, a, b)));
    const pool = scorer.productPool ? new Set(candidatesOf(split.train, a, null)) : null;
    // Outside the pool: never recommended, so below every pooled candidate (in a random order, for the AUC).
    const ranked = all
      .map((b) => ({ b, s: pool === null || pool.has(b) ? scorer.score(split.train, a, b) : Number.NEGATIVE_INFINITY, k: tieBreak() }))
      .sort((x, y) => y.s - x.s || x.k - y.k);
    const n = ranked.length;
    let negativesAbove = 0, correctPairs = 0, posSeen = 0, top = 0, hits = 0, rr = 0;
    ranked.forEach((c, rank) => {
      if (!pos.has(c.b)) return void negativesAbove++;
      correctPairs += n - pos.size - negativesAbove;
      if (c.s === Number.NEGATIVE_INFINITY) return void posSeen++;
      if (rank < 10) top++;
      // Filtered rank: other held-out partners above do not count against this one.
      const filtered = rank + 1 - posSeen;
      rr += 1 / filtered;
      if (filtered <= 10) hits++;
      posSeen++;
    });
    const negatives = n - pos.size;
    auc += negatives > 0 ? correctPairs / (pos.size * negatives) : 1;
    precision += top / 10;
    positivesSeen += pos.size;
    outcomes.push({ hits, reciprocalRanks: rr, positives: pos.size });
  }
  const q = split.positives.size;
  const total = (f: (o: QueryOutcome) => number) => outcomes.reduce((t, o) => t + f(o), 0);
  return {
    auc: auc / q,
    precisionAt10: precision / q,
    hitsAt10: total((o) => o.hits) / positivesSeen,
    mrr: total((o) => o.reciprocalRanks) / positivesSeen,
    queries: q,
    heldOut: split.heldOut,
    positives: positivesSeen,
    outcomes,
  };
}
