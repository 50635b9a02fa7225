/**
 * How recommendations are ordered: by how likely the tie is to form and hold (learned from the
 * network), by which gap it would close (value), or both (the default).
 */
export const recommendRankings = ['BALANCED', 'LIKELY', 'VALUABLE'] as const;
export type RecommendRanking = (typeof recommendRankings)[number];

/**
 * How likely a tie is next to the most likely one of the same answer: the ratio of their odds
 * (1 for the most likely), from their log-odds. The model learns from sampled non-partners, which
 * moves every log-odds by the same amount and pushes the probabilities of a whole pool close to 1
 * (0.97 and 0.985 on the generated region); the ratio of the odds does not depend on that sampling,
 * the ratio of the probabilities does.
 */
export function relativeOdds(logOdds: number, topLogOdds: number): number {
  return Math.exp(logOdds - topLogOdds);
}

/**
 * The ranking score of a pair. `relative` is its relative likelihood (`relativeOdds`: 1 for the
 * most likely candidate of the same request), `value` its value in [0, 1]. Balanced keeps the likelihood
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
