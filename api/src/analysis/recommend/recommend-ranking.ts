/**
 * How recommendations are ordered: by how likely the tie is to form and hold (learned from the
 * network), by which gap it would close (value), or both (the default).
 */
export const recommendRankings = ['BALANCED', 'LIKELY', 'VALUABLE'] as const;
export type RecommendRanking = (typeof recommendRankings)[number];

/**
 * The ranking score of a pair. `relative` is its likelihood over the most likely candidate's of
 * the same request (1: the most likely), `value` its value in [0, 1]. Balanced keeps the likelihood
 * order and lets the value at most double a tie's score: a valuable tie nobody would form does not
 * come first, and among likely ties the valuable ones do.
 */
export function rankingScore(ranking: RecommendRanking, relative: number, value: number): number {
  switch (ranking) {
    case 'LIKELY':
      return relative;
    case 'VALUABLE':
      // Ties in value are broken by likelihood, which stays below the next value step.
      return value + relative * 1e-6;
    default:
      return (relative * (1 + value)) / 2;
  }
}
