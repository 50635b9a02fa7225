import { recommendContext, type RecommendContext } from '../recommend/recommend-context';
import { sampleWithoutReplacement, seededRandom } from '../rng';
import { withoutTies } from './inner-graph';
import { latestTieStart } from './pair-features';

/** Share of the ties held back as the ones to learn to predict. */
const heldShare = 0.2;
/** Fewer held-back ties than this teach nothing reliable: the prior model is used instead. */
export const minHeldTies = 10;
/** Asking actors sampled for fitting, so fitting stays within seconds on a region. */
const maxQueries = 500;

export interface TrainingSplit {
  /** The network without the held-back ties: node indices are the same as in the full network. */
  inner: RecommendContext;
  /** `dated`: the ties that began on or after `cut`; `random`: a seeded random share (too few dates). */
  how: 'dated' | 'random';
  cut: string | null;
  /** The day the inner network's recency is measured at: its latest tie start (null: undated). */
  reference: string | null;
  /** Held-back partners per asking node (held ties between two nodes that both had a tie before). */
  positives: Map<number, Set<number>>;
  heldTies: number;
}

/** Snapshots of the history to learn from, each predicting the period after it. */
const maxSnapshots = 3;
/**
 * Beyond this many ties one random hold-out gives enough examples (the asking actors are sampled
 * anyway) and a second would only add a snapshot's cost. Every dated snapshot is kept whatever the
 * size: they teach how this network grows (on the H2020 Benelux network, 10,399 ties, three of them
 * instead of one raised the MRR from 0.092 to 0.097; docs/recommendations.md).
 */
const largeTies = 10_000;
/** Random hold-outs added to the dated snapshots: what the structure alone predicts. */
const randomSplits = 2;

/**
 * The network's own history as training data: ties that began after a cut-off day are what the ties
 * before it should have predicted. The latest cut is the tie start day that leaves the share
 * closest to `heldShare` after it; earlier snapshots repeat that on the ties before the previous
 * cut (each predicting only its own period), so a short history still gives enough examples. Two
 * seeded random hold-outs of the same share are added, one above `largeTies` (the only examples
 * when too few ties are dated): on the demo and generated networks, whose dates say little, they
 * carry the structure; where the network's history can tell, it decides whether they stay
 * (`historyChoice`, docs/recommendations.md).
 */
export function trainingSplits(ctx: RecommendContext, seed: number): TrainingSplit[] {
  const ties = ctx.ag.ties;
  const starts = ties.map((tie) => tie.start);
  const dated = starts.filter((s): s is string => s !== null).sort();
  const splits: TrainingSplit[] = [];
  let before = dated;
  let until: string | null = null;
  const large = ties.length > largeTies;
  for (let k = 0; k < maxSnapshots && before.length >= minHeldTies / heldShare && before[0] !== before[before.length - 1]; k++) {
    const cut = bestCut(before);
    const end = until;
    // Dropped: everything from the cut on; predicted: what began in this snapshot's own period.
    const dropped = starts.flatMap((s, i) => (s !== null && s >= cut ? [i] : []));
    const predicted = dropped.filter((i) => end === null || (starts[i] as string) < end);
    const reference = before.filter((s) => s < cut).pop() ?? null;
    const split = splitOf(ctx, dropped, predicted, 'dated', cut, reference, seed + k);
    if (split === null) break;
    splits.push(split);
    before = before.filter((s) => s < cut);
    until = cut;
  }
  return [...splits, ...randomHoldOuts(ctx, seed, large ? 1 : randomSplits)];
}

/** `count` seeded random hold-outs of `heldShare` of the ties, recency measured at the latest tie start. */
export function randomHoldOuts(ctx: RecommendContext, seed: number, count = randomSplits): TrainingSplit[] {
  const ties = ctx.ag.ties;
  const latest = latestTieStart(ctx);
  const all = ties.map((_, i) => i);
  const splits: TrainingSplit[] = [];
  for (let r = 0; r < count; r++) {
    const held = sampleWithoutReplacement(all, Math.round(ties.length * heldShare), seededRandom(seed + 100 * (r + 1)));
    const split = splitOf(ctx, held, held, 'random', null, latest, seed + r);
    if (split) splits.push(split);
  }
  return splits;
}

function splitOf(ctx: RecommendContext, dropped: number[], predicted: number[], how: TrainingSplit['how'], cut: string | null, reference: string | null, seed: number): TrainingSplit | null {
  if (predicted.length < minHeldTies) return null;
  const ties = ctx.ag.ties;
  const inner = recommendContext(withoutTies(ctx.ag, new Set(dropped)), null, ctx.communitySeed);
  const positives = new Map<number, Set<number>>();
  for (const i of predicted) {
    const { source, target } = ties[i]!;
    for (const [a, b] of [[source, target], [target, source]] as const) {
      // As the evaluation asks: new ties between actors that both had a tie before. An actor's
      // first tie says more about when it was recorded than about whom it chose.
      if (inner.degree(a) === 0 || inner.degree(b) === 0) continue;
      positives.set(a, (positives.get(a) ?? new Set<number>()).add(b));
    }
  }
  if (positives.size > maxQueries) {
    const keep = new Set(sampleWithoutReplacement([...positives.keys()], maxQueries, seededRandom(seed + 1)));
    for (const a of [...positives.keys()]) if (!keep.has(a)) positives.delete(a);
  }
  if (positives.size === 0) return null;
  return { inner, how, cut, reference, positives, heldTies: predicted.length };
}

/** The distinct start day that leaves the share of ties from it on closest to `heldShare`. */
function bestCut(sortedStarts: readonly string[]): string {
  let best = sortedStarts[sortedStarts.length - 1]!;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 1; i < sortedStarts.length; i++) {
    if (sortedStarts[i] === sortedStarts[i - 1]) continue;
    const share = (sortedStarts.length - i) / sortedStarts.length;
    const distance = Math.abs(share - heldShare);
    if (distance < bestDistance) [best, bestDistance] = [sortedStarts[i]!, distance];
  }
  return best;
}
