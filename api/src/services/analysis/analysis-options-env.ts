import { defaultAnalysisOptions, type AnalysisOptions } from '../../analysis/analysis-options';
import { ConfigError } from '../../config';

const envNames: Record<keyof AnalysisOptions, string> = {
  exactMaxNodes: 'WEEFSEL_ANALYSIS_EXACT_MAX_NODES',
  samples: 'WEEFSEL_ANALYSIS_SAMPLES',
  seed: 'WEEFSEL_ANALYSIS_SEED',
  pagerankAlpha: 'WEEFSEL_ANALYSIS_PAGERANK_ALPHA',
  brokerMinCutOff: 'WEEFSEL_ANALYSIS_BROKER_MIN_CUT_OFF',
};

const countRule = { valid: (v: number) => Number.isInteger(v) && v >= 1, expected: 'a whole number of at least 1' };
const rules: Record<keyof AnalysisOptions, { valid(v: number): boolean; expected: string }> = {
  exactMaxNodes: { valid: (v) => Number.isInteger(v) && v >= 0, expected: 'a whole number of at least 0' },
  samples: countRule,
  seed: { valid: (v) => Number.isInteger(v) && v >= 0, expected: 'a whole number of at least 0' },
  pagerankAlpha: { valid: (v) => v > 0 && v < 1, expected: 'a number between 0 and 1 (exclusive)' },
  brokerMinCutOff: countRule,
};

/** Analysis options from WEEFSEL_ANALYSIS_* variables; a bad value stops the start, naming the variable. */
export function analysisOptionsFromEnv(env: Record<string, string | undefined>): AnalysisOptions {
  const options = { ...defaultAnalysisOptions };
  for (const key of Object.keys(envNames) as (keyof AnalysisOptions)[]) {
    const raw = env[envNames[key]];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!rules[key].valid(value)) {
      throw new ConfigError(
        `Invalid configuration: ${envNames[key]}=${JSON.stringify(raw)} must be ${rules[key].expected}; unset it for the default (${defaultAnalysisOptions[key]})`,
      );
    }
    options[key] = value;
  }
  return options;
}
