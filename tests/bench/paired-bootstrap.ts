import { seededRandom } from '../../api/src/analysis/rng';

/** One query's share of hits@10 and MRR: its hits and summed reciprocal ranks over its real partners. */
export interface QueryOutcome {
  hits: number;
  reciprocalRanks: number;
  positives: number;
}

export interface RatioInterval {
  /** The ratio on the whole sample. */
  ratio: number;
  low: number;
  high: number;
  /** Share of resamples in which the ratio reaches `threshold`. */
  reaching: number;
}

/**
 * How sure a ratio of two scorers' hits@10 (or MRR) is, given which queries happened to be asked:
 * the queries are drawn again with replacement, the same draw for both scorers (they answered the
 * same queries, so their luck is shared), and the ratio taken each time. Queries, not partners, are
 * the unit: one organisation's new partners often come from one project and stand or fall together.
 * Returns the ratio on the whole sample, the central 95% of the resampled ratios, and how often a
 * resample reaches `threshold` (the target's ratio).
 */
export function pairedRatioInterval(
  own: readonly QueryOutcome[],
  other: readonly QueryOutcome[],
  measure: 'hits' | 'reciprocalRanks',
  threshold: number,
  options: { resamples?: number; seed?: number } = {},
): RatioInterval {
  if (own.length !== other.length || own.length === 0) {
    throw new Error(`pairedRatioInterval: both scorers must answer the same queries, got ${own.length} and ${other.length}`);
  }
  const resamples = options.resamples ?? 2000;
  const random = seededRandom(options.seed ?? 2026);
  const ratioOf = (pick: (i: number) => number, n: number) => {
    let a = 0, b = 0;
    for (let k = 0; k < n; k++) {
      const i = pick(k);
      a += own[i]![measure];
      b += other[i]![measure];
    }
    // Both are divided by the same number of partners, so the ratio of the sums is the ratio of the measures.
    return b === 0 ? (a === 0 ? 1 : Number.POSITIVE_INFINITY) : a / b;
  };
  const n = own.length;
  const ratios = Array.from({ length: resamples }, () => ratioOf(() => Math.floor(random() * n), n)).sort((x, y) => x - y);
  const at = (q: number) => ratios[Math.min(resamples - 1, Math.floor(q * resamples))]!;
  return {
    ratio: ratioOf((k) => k, n),
    low: at(0.025),
    high: at(0.975),
    reaching: ratios.filter((r) => r >= threshold).length / resamples,
  };
}
