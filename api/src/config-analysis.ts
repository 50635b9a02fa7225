import { z } from 'zod';
import { defaultAnalysisOptions, type AnalysisOptions } from './analysis/analysis-options';
import { whole } from './config-security';

const d = defaultAnalysisOptions;

/** Knobs of the analysis (see docs/analysis.md); unset, each keeps a care zone exact and a region fast. */
export const analysisSchema = z.object({
  WEEFSEL_ANALYSIS_EXACT_MAX_NODES: whole(0, 10_000_000).default(d.exactMaxNodes),
  WEEFSEL_ANALYSIS_SAMPLES: whole(1, 1_000_000).default(d.samples),
  WEEFSEL_ANALYSIS_SEED: whole(0, 2 ** 32 - 1).default(d.seed),
  WEEFSEL_ANALYSIS_PAGERANK_ALPHA: z.coerce
    .number({ message: 'must be a number' })
    .gt(0, 'must be between 0 and 1 (exclusive)')
    .lt(1, 'must be between 0 and 1 (exclusive)')
    .default(d.pagerankAlpha),
  WEEFSEL_ANALYSIS_BROKER_MIN_CUT_OFF: whole(1, 1_000_000).default(d.brokerMinCutOff),
});

export function analysisSettings(e: z.infer<typeof analysisSchema>): AnalysisOptions {
  return {
    exactMaxNodes: e.WEEFSEL_ANALYSIS_EXACT_MAX_NODES,
    samples: e.WEEFSEL_ANALYSIS_SAMPLES,
    seed: e.WEEFSEL_ANALYSIS_SEED,
    pagerankAlpha: e.WEEFSEL_ANALYSIS_PAGERANK_ALPHA,
    brokerMinCutOff: e.WEEFSEL_ANALYSIS_BROKER_MIN_CUT_OFF,
  };
}
