import { solveSymmetric, standardisation, type LogisticModel } from './logistic-regression';

/**
 * The choices of one actor: it formed a tie with each of `chosen` when it could have chosen any of
 * `others` instead (its candidates then, sampled). Each chosen one is a choice between it and the
 * same others: grouped, the others are weighed once per actor rather than once per choice.
 */
export interface ChoiceGroup {
  chosen: readonly Float64Array[];
  others: readonly Float64Array[];
}

/** Whether a group holds a choice to learn from: a chosen one and an alternative to it. */
export const isChoice = (group: ChoiceGroup): boolean => group.chosen.length > 0 && group.others.length > 0;

export interface ChoiceFitOptions {
  /** L2 penalty on the coefficients, per choice. */
  lambda?: number;
  maxSteps?: number;
}

/** A group on standardised features. */
interface Standardised {
  chosen: Float64Array[];
  others: Float64Array[];
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
export function fitConditionalLogit(groups: readonly ChoiceGroup[], options: ChoiceFitOptions = {}): Pick<LogisticModel, 'mean' | 'scale' | 'weights'> {
  const usable = groups.filter(isChoice);
  const choices = usable.reduce((n, group) => n + group.chosen.length, 0);
  if (choices === 0) throw new Error(`fitConditionalLogit: need at least one choice with an alternative; got ${groups.length} groups`);
  const all = usable.flatMap((group) => [...group.chosen, ...group.others]);
  const p = all[0]!.length;
  const lambda = (options.lambda ?? 1e-3) * choices;
  const { mean, scale } = standardisation(all, p);
  const standardise = (row: Float64Array) => row.map((v, j) => (v - mean[j]!) / scale[j]!);
  const sets: Standardised[] = usable.map((group) => ({ chosen: group.chosen.map(standardise), others: group.others.map(standardise) }));
  const pass = new Pass(p, Math.max(...sets.map((set) => set.others.length)));
  let weights = new Float64Array(p);
  let current = pass.objective(sets, weights, lambda);
  for (let step = 0; step < (options.maxSteps ?? 30); step++) {
    const { gradient, hessian } = pass.derivatives(sets, weights, lambda);
    const delta = solveSymmetric(hessian, gradient, p);
    // Newton's step, halved until the objective does not fall: far from the optimum a full step can overshoot.
    let t = 1;
    let next = weights;
    let value = current;
    for (; t > 1e-6; t /= 2) {
      next = weights.map((w, j) => w + t * delta[j]!);
      value = pass.objective(sets, next, lambda);
      if (value >= current - 1e-12) break;
    }
    const moved = Math.max(...delta.map((d) => Math.abs(t * d)));
    weights = next;
    const gain = value - current;
    current = value;
    if (moved < 1e-8 || gain < 1e-10 * choices) break;
  }
  return { mean, scale, weights };
}

const dot = (w: Float64Array, x: Float64Array): number => {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += w[j]! * x[j]!;
  return s;
};

/** One pass over every group, with scratch arrays reused from pass to pass. */
class Pass {
  private readonly scores: Float64Array;
  /** A chosen row times its weight e, per feature. */
  private readonly first: Float64Array;

  constructor(
    private readonly p: number,
    maxOthers: number,
  ) {
    this.scores = new Float64Array(maxOthers);
    this.first = new Float64Array(p);
  }

  /** The others' scores w.x (in `scores`) and the highest score of the group, chosen ones included. */
  private score(set: Standardised, weights: Float64Array): number {
    let top = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < set.others.length; i++) {
      const s = dot(weights, set.others[i]!);
      this.scores[i] = s;
      if (s > top) top = s;
    }
    for (const x of set.chosen) top = Math.max(top, dot(weights, x));
    return top;
  }

  /** The penalised log-likelihood of the chosen rows, each against its group's others. */
  objective(sets: readonly Standardised[], weights: Float64Array, lambda: number): number {
    let value = 0;
    for (const set of sets) {
      const top = this.score(set, weights);
      let sum = 0;
      for (let i = 0; i < set.others.length; i++) sum += Math.exp(this.scores[i]! - top);
      for (const x of set.chosen) {
        const s = dot(weights, x);
        value += s - (top + Math.log(sum + Math.exp(s - top)));
      }
    }
    for (const w of weights) value -= (lambda / 2) * w * w;
    return value;
  }

  /**
   * Gradient and the negated Hessian (positive definite) of `objective`, row-major. Per group the
   * others' sums (of e, e x and e x x') are made once; each chosen one adds its own term and divides
   * by its own normaliser.
   */
  derivatives(sets: readonly Standardised[], weights: Float64Array, lambda: number): { gradient: Float64Array; hessian: Float64Array } {
    const { p, first } = this;
    const gradient = new Float64Array(p);
    const hessian = new Float64Array(p * p);
    const sumX = new Float64Array(p);
    const sumXX = new Float64Array(p * p);
    const expected = new Float64Array(p);
    for (const set of sets) {
      const top = this.score(set, weights);
      let sum = 0;
      sumX.fill(0);
      sumXX.fill(0);
      for (let i = 0; i < set.others.length; i++) {
        const e = Math.exp(this.scores[i]! - top);
        const x = set.others[i]!;
        sum += e;
        for (let j = 0; j < p; j++) {
          const ex = e * x[j]!;
          sumX[j]! += ex;
          for (let m = 0; m <= j; m++) sumXX[j * p + m]! += ex * x[m]!;
        }
      }
      // Each choice's normaliser, and the sum of their inverses: the others' second moments count once per group.
      let inverses = 0;
      for (const x of set.chosen) {
        const e = Math.exp(dot(weights, x) - top);
        const z = sum + e;
        inverses += 1 / z;
        for (let j = 0; j < p; j++) {
          first[j] = e * x[j]!;
          expected[j] = (sumX[j]! + first[j]!) / z;
          gradient[j]! += x[j]! - expected[j]!;
          for (let m = 0; m <= j; m++) hessian[j * p + m]! += (first[j]! * x[m]!) / z - expected[j]! * expected[m]!;
        }
      }
      for (let k = 0; k < p * p; k++) hessian[k]! += sumXX[k]! * inverses;
    }
    for (let j = 0; j < p; j++) {
      gradient[j]! -= lambda * weights[j]!;
      hessian[j * p + j]! += lambda;
      for (let m = 0; m < j; m++) hessian[m * p + j] = hessian[j * p + m]!;
    }
    return { gradient, hessian };
  }
}
