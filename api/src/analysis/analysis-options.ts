/** Knobs of the analysis; the defaults keep a care zone exact and a 50,000-actor region fast. */
export interface AnalysisOptions {
  /** Betweenness, closeness and path length are exact up to this many nodes in the analysis graph. */
  exactMaxNodes: number;
  /** Above `exactMaxNodes`: sources sampled per connected component larger than this. */
  samples: number;
  /** Seed of the sampling and of Louvain, so the same network gives the same answer. */
  seed: number;
  pagerankAlpha: number;
  /** An articulation point cutting off at least this many inside actors is a broker (default 3). */
  brokerMinCutOff: number;
}

export const defaultAnalysisOptions: AnalysisOptions = {
  exactMaxNodes: 2500,
  samples: 64,
  seed: 20180201,
  pagerankAlpha: 0.85,
  brokerMinCutOff: 3,
};
