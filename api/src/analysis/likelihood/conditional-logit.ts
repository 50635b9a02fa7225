import { solveSymmetric, standardisation, type LogisticModel } from './logistic-regression';

/**
 * One choice: an actor formed a tie with `rows[0]` when it could have chosen any of the others
 * (its candidates then, sampled).
 */
export interface Choice {
  rows: readonly Float64Array[];
}

export interface ChoiceFitOptions {
  /** L2 penalty on the coefficients, per choice. */
  lambda?: number;
  maxSteps?: number;
}

/**
 * McFadden's conditional logit: P(the chosen one | the choice set) = exp(w.x) / sum of exp(w.x)
 * over the set, on standardised features, fitted by Newton's method with step halving (the
 * penalised log-likelihood is concave, so the optimum is unique and the same data always gives the
 * same model). It learns what makes an actor pick one partner over its other candidates, which is
 * what a ranking of one actor's candidates needs: traits every candidate of an asker shares (the
 * asker's own degree) carry no weight, unlike in a logistic regression on pairs. Uniformly sampled
 * alternatives give consistent estimates (McFadden 1978).
 */
export function fitConditionalLogit(choices: readonly Choice[], options: ChoiceFitOptions = {}): Pick<LogisticModel, 'mean' | 'scale' | 'weights'> {
  const usable = choices.filter((choice) => choice.rows.length > 1);
  const all = usable.flatMap((choice) => choice.rows);
  const p = all[0]?.length ?? 0;
  if (usable.length === 0) throw new Error(`fitConditionalLogit: need at least one choice with an alternative; got ${choices.length} choices`);
  const lambda = (options.lambda ?? 1e-3) * usable.length;
  const { mean, scale } = standardisation(all, p);
  const sets = usable.map((choice) => choice.rows.map((row) => Float64Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!)));
  let weights = new Float64Array(p);
  let current = objective(sets, weights, lambda);
  for (let step = 0; step < (options.maxSteps ?? 30); step++) {
    const { gradient, hessian } = derivatives(sets, weights, lambda);
    const delta = solveSymmetric(hessian, gradient, p);
    // Newton's step, halved until the objective does not fall: far from the optimum a full step can overshoot.
    let t = 1;
    let next = weights;
    let value = current;
    for (; t > 1e-6; t /= 2) {
      next = weights.map((w, j) => w + t * delta[j]!);
      value = objective(sets, next, lambda);
      if (value >= current - 1e-12) break;
    }
    const moved = Math.max(...delta.map((d) => Math.abs(t * d)));
    weights = next;
    const gain = value - current;
    current = value;
    if (moved < 1e-8 || gain < 1e-10 * usable.length) break;
  }
  return { mean, scale, weights };
}

/** Each row's score w.x and the set's softmax weights. */
function softmax(set: readonly Float64Array[], weights: Float64Array): { scores: Float64Array; probabilities: Float64Array; logSum: number } {
  const scores = Float64Array.from(set, (x) => {
    let s = 0;
    for (let j = 0; j < weights.length; j++) s += weights[j]! * x[j]!;
    return s;
  });
  const top = Math.max(...scores);
  let sum = 0;
  const probabilities = scores.map((s) => {
    const e = Math.exp(s - top);
    sum += e;
    return e;
  });
  for (let i = 0; i < probabilities.length; i++) probabilities[i]! /= sum;
  return { scores, probabilities, logSum: top + Math.log(sum) };
}

/** The penalised log-likelihood of the chosen rows. */
function objective(sets: readonly Float64Array[][], weights: Float64Array, lambda: number): number {
  let value = 0;
  for (const set of sets) {
    const { scores, logSum } = softmax(set, weights);
    value += scores[0]! - logSum;
  }
  for (const w of weights) value -= (lambda / 2) * w * w;
  return value;
}

/** Gradient and the negated Hessian (positive definite) of `objective`, row-major. */
function derivatives(sets: readonly Float64Array[][], weights: Float64Array, lambda: number): { gradient: Float64Array; hessian: Float64Array } {
  const p = weights.length;
  const gradient = new Float64Array(p);
  const hessian = new Float64Array(p * p);
  const expected = new Float64Array(p);
  for (const set of sets) {
    const { probabilities } = softmax(set, weights);
    expected.fill(0);
    for (let i = 0; i < set.length; i++) {
      const x = set[i]!;
      const q = probabilities[i]!;
      for (let j = 0; j < p; j++) {
        expected[j]! += q * x[j]!;
        for (let m = 0; m <= j; m++) hessian[j * p + m]! += q * x[j]! * x[m]!;
      }
    }
    const chosen = set[0]!;
    for (let j = 0; j < p; j++) {
      gradient[j]! += chosen[j]! - expected[j]!;
      for (let m = 0; m <= j; m++) hessian[j * p + m]! -= expected[j]! * expected[m]!;
    }
  }
  for (let j = 0; j < p; j++) {
    gradient[j]! -= lambda * weights[j]!;
    hessian[j * p + j]! += lambda;
    for (let m = 0; m < j; m++) hessian[m * p + j] = hessian[j * p + m]!;
  }
  return { gradient, hessian };
}
