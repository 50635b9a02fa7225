import { tiedOrPlanned } from '../analysis-graph';
import type { RecommendContext } from '../recommend/recommend-context';
import { sampleWithoutReplacement, seededRandom } from '../rng';
import { fitConditionalLogit, isChoice, type ChoiceGroup } from './conditional-logit';
import { contributions, fitIntercept, fitLogistic, logOdds, type LogisticModel } from './logistic-regression';
import { askerOf, latestTieStart, nodeStats, pairFeatureNames, pairFeatures, type Asker, type NodeStats, type PairFeature } from './pair-features';
import { randomHoldOuts, trainingSplits, type TrainingSplit } from './training-set';

/** Random non-partners per asking actor, and as many from its 2-3 step surroundings. */
const negativesPerQuery = 10;

/**
 * The pair model's L2 penalty per example row. A few hundred new ties a period and twenty
 * correlated features: with the weak 0.001 used until 6 December the model ranked below preferential
 * attachment at three earlier cut-off years of the Norwegian network; 0.1 brought it level there and
 * lifted the generated, demo and karate networks and the Benelux at 2017, the Benelux at 2018 within
 * 0.001 (docs/recommendations.md, *The penalty, and earlier cut-off years*).
 */
const pairPenalty = { lambda: 0.1 };

export interface LikelihoodFit {
  model: LogisticModel;
  /** `prior`: too little history to learn from, so a fixed model that trusts shared partners. */
  how: TrainingSplit['how'] | 'prior';
  cut: string | null;
  heldTies: number;
  rows: number;
}

/** The likelihood of one candidate tie, with each feature's share of its log-odds. */
export interface Likelihood {
  probability: number;
  logOdds: number;
  contributions: Record<PairFeature, number>;
  /** Collaboration steps between the two (2 or 3; 0 when further or not connected). */
  distance: number;
  /** Ties the candidate began in the year up to the reference day. */
  recentTiesB: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Without history: shared partners, being two steps apart and sharing a neighbourhood. */
function priorModel(): LogisticModel {
  const p = pairFeatureNames.length;
  const weights = new Float64Array(p);
  const set = (name: PairFeature, w: number) => (weights[pairFeatureNames.indexOf(name)] = w);
  set('adamicAdar', 1);
  set('commonNeighbours', 0.5);
  set('distanceTwo', 0.5);
  set('sameDeepestArea', 0.5);
  set('degreeB', 0.2);
  return { mean: new Float64Array(p), scale: new Float64Array(p).fill(1), weights, bias: -3 };
}

/**
 * Learns from the network's own history how likely a new tie is (see `trainingSplit`): for each
 * asking actor, its held-back partners are positives and sampled non-partners negatives, half of
 * them at random and half from 2-3 steps away (the hard ones), all described on the network
 * without the held-back ties.
 */
export function fitLikelihood(ctx: RecommendContext, seed: number): LikelihoodFit {
  const all = trainingSplits(ctx, seed);
  if (all.length === 0) return { model: priorModel(), how: 'prior', cut: null, heldTies: 0, rows: 0 };
  const choice = historyChoice(all, seed);
  const splits = choice.randomHoldOuts ? all : all.filter((split) => split.how === 'dated');
  const latest = splits[0]!;
  const { model, rows } = fitOn(splits, seed, choice.learner);
  return { model, how: latest.how, cut: latest.cut, heldTies: splits.reduce((n, s) => n + s.heldTies, 0), rows };
}

/**
 * How the likelihood is learned: `pairs`, a logistic regression on (asker, candidate) pairs; or
 * `pairs+choices`, that averaged with a conditional logit, which learns what made an actor choose a
 * partner over its other candidates then (what a ranking of one actor's candidates needs).
 */
export type Learner = 'pairs' | 'pairs+choices';

/** The model fitted on the examples of `splits`, and how many example rows it saw. */
function fitOn(splits: readonly TrainingSplit[], seed: number, learner: Learner): { model: LogisticModel; rows: number } {
  const examples = addExamples(splits, seededRandom(seed + 2), { rows: [], labels: [] });
  const choices = learner === 'pairs' ? null : addChoices(splits, seededRandom(seed + 4), []);
  const pairs = fitLogistic(examples.rows, examples.labels, pairPenalty);
  return { model: choices === null ? pairs : withChoices(pairs, examples, choices), rows: examples.rows.length };
}

/** The logistic regression `pairs` (fitted on `examples`) averaged with the conditional logit on `choices`. */
function withChoices(pairs: LogisticModel, examples: Examples, choices: readonly ChoiceGroup[]): LogisticModel {
  // No actor had another candidate to choose from: nothing for a choice model to learn.
  if (!choices.some(isChoice)) return pairs;
  const ranking = fitConditionalLogit(choices);
  // Half each, in the pair model's standardisation; the bias is fitted again on the pair examples,
  // so the probability shown keeps the pair model's calibration.
  const weights = pairs.weights.map((w, j) => (w + (ranking.weights[j]! / ranking.scale[j]!) * pairs.scale[j]!) / 2);
  const averaged = { mean: pairs.mean, scale: pairs.scale, weights, bias: 0 };
  return { ...averaged, bias: fitIntercept(examples.rows.map((row) => logOdds(averaged, row)), examples.labels) };
}

interface Examples {
  rows: Float64Array[];
  labels: number[];
}

/** The examples of `splits` added to `into`, drawn from `random` in order (see `examplesOf`). */
function addExamples(splits: readonly TrainingSplit[], random: () => number, into: Examples): Examples {
  for (const split of splits) examplesOf(split, random, into.rows, into.labels);
  return into;
}

/** The actors of a snapshot that may be a candidate: inside the scored area, with a tie already. */
function activeInside(inner: RecommendContext): number[] {
  const inside: number[] = [];
  for (let i = 0; i < inner.ag.adjacency.ids.length; i++) if (inner.ag.insideWeights[i] === 1 && inner.degree(i) > 0) inside.push(i);
  return inside;
}

/** Alternatives per asking actor when two trainings are compared on the latest period. */
const validationAlternatives = 200;
/**
 * Ties before the latest period above which the comparison is not made: it costs four more fits
 * and a ranking, several times the fit it decides on (a care zone of 2,700 ties of a 50,000-actor
 * region pays it each time its suggestions are scored after a write).
 */
const historyChoiceMaxTies = 2_000;
/**
 * Ties before the latest period above which the averaged learner is not offered: the conditional
 * logit's fits grow with the choices; in the 50,000-actor region the zones under this bound fit in
 * at most 0.85 s, no slower than the large zones without the comparison.
 */
const choiceModelMaxTies = 1_000;

/** How to learn from a network: with or without its random hold-outs, by which learner. */
export interface HistoryChoice {
  randomHoldOuts: boolean;
  learner: Learner;
  /** What was compared, with the mean reciprocal rank each reached on the latest period (empty: no comparison). */
  compared: { randomHoldOuts: boolean; learner: Learner; meanReciprocalRank: number }[];
}

/** Where the history cannot choose: the random hold-outs stay, pairs alone. */
const defaultChoice: HistoryChoice = { randomHoldOuts: true, learner: 'pairs', compared: [] };

/**
 * Whether the random hold-outs help this network, and which learner: the hold-outs carry the
 * structure where the dates say little (generated and hand-made networks) and blur it where the
 * dates are real. Its own history decides: on the network before its latest dated period, each
 * learner is fitted on the earlier periods alone and on them plus random hold-outs of that network,
 * and each of these models ranks the partners the latest period brought against sampled others;
 * the best mean reciprocal rank wins (on a tie the first of: pairs, then pairs and choices; random
 * hold-outs kept, then dates alone). Without two dated periods, or with more than
 * `historyChoiceMaxTies` ties before the latest period, `defaultChoice`; with
 * more than `choiceModelMaxTies`, the logistic regression alone is compared.
 */
export function historyChoice(splits: readonly TrainingSplit[], seed: number): HistoryChoice {
  const dated = splits.filter((split) => split.how === 'dated');
  if (dated.length < 2 || dated.length === splits.length) return defaultChoice;
  const [latest, ...earlier] = dated as [TrainingSplit, ...TrainingSplit[]];
  if (latest.inner.ag.ties.length > historyChoiceMaxTies) return defaultChoice;
  const offerChoices = latest.inner.ag.ties.length <= choiceModelMaxTies;
  // The same examples as fitting on the earlier periods, then on them plus the random hold-outs:
  // the examples come from one random sequence, so the first ones are shared.
  const random = seededRandom(seed + 2);
  const choiceRandom = seededRandom(seed + 4);
  const examples = addExamples(earlier, random, { rows: [], labels: [] });
  const choices = offerChoices ? addChoices(earlier, choiceRandom, []) : [];
  const datesOnly = { examples: { rows: [...examples.rows], labels: [...examples.labels] }, choices: [...choices] };
  const holdOuts = randomHoldOuts(latest.inner, seed);
  addExamples(holdOuts, random, examples);
  if (offerChoices) addChoices(holdOuts, choiceRandom, choices);
  const withHoldOuts = fitLogistic(examples.rows, examples.labels, pairPenalty);
  const fromDates = fitLogistic(datesOnly.examples.rows, datesOnly.examples.labels, pairPenalty);
  const options: { randomHoldOuts: boolean; learner: Learner; model: LogisticModel }[] = [
    { randomHoldOuts: true, learner: 'pairs', model: withHoldOuts },
    { randomHoldOuts: false, learner: 'pairs', model: fromDates },
  ];
  if (offerChoices) {
    options.push({ randomHoldOuts: true, learner: 'pairs+choices', model: withChoices(withHoldOuts, examples, choices) });
    options.push({ randomHoldOuts: false, learner: 'pairs+choices', model: withChoices(fromDates, datesOnly.examples, datesOnly.choices) });
  }
  const ranks = meanReciprocalRanks(latest, options.map((o) => o.model), seed);
  const compared = options.map(({ randomHoldOuts, learner }, k) => ({ randomHoldOuts, learner, meanReciprocalRank: ranks[k]! }));
  const best = compared[ranks.indexOf(Math.max(...ranks))]!;
  return { randomHoldOuts: best.randomHoldOuts, learner: best.learner, compared };
}

/**
 * Others sampled uniformly per asking actor, against which each of its chosen partners is weighed.
 * 50 rather than 100 halves the fit (the slowest care zone of the generated region that compares:
 * 0.85 s instead of 1.6 s) and ranked Norway and the demo as well (docs/recommendations.md).
 */
const choiceAlternatives = 50;

function addChoices(splits: readonly TrainingSplit[], random: () => number, into: ChoiceGroup[]): ChoiceGroup[] {
  for (const split of splits) choicesOf(split, random, into);
  return into;
}

/**
 * For each asking actor: the partners it went on to choose, and `alternatives` others it could have
 * chosen instead (active actors it had no tie with), sampled uniformly from `random`, all described
 * on the network without the held-back ties.
 */
function choicesOf(split: TrainingSplit, random: () => number, choices: ChoiceGroup[], alternatives = choiceAlternatives): ChoiceGroup[] {
  forEachAsker(split, ({ a, partners, tied, describe, inside }) => {
    const open = inside.filter((b) => b !== a && !tied.has(b) && !partners.has(b));
    const picked = open.length <= alternatives ? open : sampleWithoutReplacement(open, alternatives, random);
    choices.push({ chosen: [...partners].map(describe), others: picked.map(describe) });
  });
  return choices;
}

/** What describing the candidates of one asking actor of a split needs. */
interface AskerView {
  a: number;
  partners: ReadonlySet<number>;
  asker: Asker;
  /** Its partners and planned partners on the network without the held-back ties. */
  tied: ReadonlySet<number>;
  /** The feature row of a candidate for this asker. */
  describe: (b: number) => Float64Array;
  inner: RecommendContext;
  inside: readonly number[];
}

/** Calls `visit` for each asking actor of the split in turn (its breadth-first scratch is reused). */
function forEachAsker(split: TrainingSplit, visit: (view: AskerView) => void): void {
  const { inner, positives } = split;
  const stats = nodeStats(inner, split.reference);
  const inside = activeInside(inner);
  let asker: Asker | undefined;
  for (const [a, partners] of positives) {
    const current = (asker = askerOf(inner, a, asker));
    visit({ a, partners, asker: current, tied: tiedOrPlanned(inner.ag, a), describe: (b) => pairFeatures(inner, stats, current, b), inner, inside });
  }
}

/**
 * Per model, the mean reciprocal rank of each held-back partner among its asker's sampled other
 * candidates (ties count half). The candidates' features are worked out once for every model.
 */
function meanReciprocalRanks(split: TrainingSplit, models: readonly LogisticModel[], seed: number): number[] {
  const groups = choicesOf(split, seededRandom(seed + 3), [], validationAlternatives);
  const sums = models.map(() => 0);
  let count = 0;
  for (const { chosen, others } of groups) {
    models.forEach((model, m) => {
      const scores = others.map((row) => logOdds(model, row));
      for (const row of chosen) {
        const score = logOdds(model, row);
        let rank = 1;
        for (const other of scores) rank += other > score ? 1 : other === score ? 0.5 : 0;
        sums[m]! += 1 / rank;
      }
    });
    count += chosen.length;
  }
  return sums.map((sum) => (count === 0 ? 0 : sum / count));
}

function examplesOf(split: TrainingSplit, random: () => number, rows: Float64Array[], labels: number[]): void {
  forEachAsker(split, ({ a, partners, asker, tied, describe, inner, inside }) => {
    const excluded = (b: number) => b === a || tied.has(b) || partners.has(b) || inner.ag.insideWeights[b] !== 1 || inner.degree(b) === 0;
    for (const b of partners) {
      rows.push(describe(b));
      labels.push(1);
    }
    const near: number[] = [];
    for (let r = 0; r < asker.reachedCount; r++) if (!excluded(asker.reached[r]!)) near.push(asker.reached[r]!);
    for (let k = 0; k < negativesPerQuery && near.length > 0; k++) {
      rows.push(describe(near[Math.floor(random() * near.length)]!));
      labels.push(0);
    }
    for (let k = 0, tries = 0; k < negativesPerQuery && tries < negativesPerQuery * 20; tries++) {
      const b = inside[Math.floor(random() * inside.length)]!;
      if (excluded(b)) continue;
      rows.push(describe(b));
      labels.push(0);
      k++;
    }
  });
}

/**
 * Scores candidates for one asking actor at a time on the full network, with the fitted model;
 * recency is measured at `reference` (default: the network's latest tie start).
 */
export interface LikelihoodScorer {
  logOdds(a: number, b: number): number;
  /** The probability alone (what `likelihood(a, b).probability` says), without each feature's share. */
  probability(a: number, b: number): number;
  likelihood(a: number, b: number): Likelihood;
}

export function likelihoodScorer(ctx: RecommendContext, fit: LikelihoodFit, reference: string | null = latestTieStart(ctx)): LikelihoodScorer {
  const stats: NodeStats = nodeStats(ctx, reference);
  let asker: Asker | undefined;
  const forAsker = (a: number) => (asker?.a === a ? asker : (asker = askerOf(ctx, a, asker)));
  const scratch = new Float64Array(pairFeatureNames.length);
  return {
    // One row reused: a request ranks thousands of candidates by their log-odds alone.
    logOdds: (a: number, b: number): number => logOdds(fit.model, pairFeatures(ctx, stats, forAsker(a), b, scratch)),
    probability: (a: number, b: number): number => sigmoid(logOdds(fit.model, pairFeatures(ctx, stats, forAsker(a), b, scratch))),
    likelihood(a: number, b: number): Likelihood {
      const row = pairFeatures(ctx, stats, forAsker(a), b);
      const z = logOdds(fit.model, row);
      const parts = contributions(fit.model, row);
      const distance = forAsker(a).distance[b]!;
      return {
        probability: sigmoid(z),
        logOdds: z,
        contributions: Object.fromEntries(pairFeatureNames.map((n, j) => [n, parts[j]!])) as Record<PairFeature, number>,
        distance: distance === 2 || distance === 3 ? distance : 0,
        recentTiesB: stats.recentTies[b]!,
      };
    },
  };
}
