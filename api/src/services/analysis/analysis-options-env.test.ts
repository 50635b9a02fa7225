import { describe, expect, it } from 'vitest';
import { defaultAnalysisOptions } from '../../analysis/analysis-options';
import { ConfigError } from '../../config';
import { analysisOptionsFromEnv } from './analysis-options-env';

describe('analysis options from the environment', () => {
  it('uses the defaults when nothing is set', () => {
    expect(analysisOptionsFromEnv({})).toEqual(defaultAnalysisOptions);
  });

  it('reads each setting', () => {
    const options = analysisOptionsFromEnv({
      WEEFSEL_ANALYSIS_EXACT_MAX_NODES: '500',
      WEEFSEL_ANALYSIS_SAMPLES: '32',
      WEEFSEL_ANALYSIS_SEED: '0',
      WEEFSEL_ANALYSIS_PAGERANK_ALPHA: '0.9',
      WEEFSEL_ANALYSIS_BROKER_MIN_CUT_OFF: '5',
    });
    expect(options).toEqual({ exactMaxNodes: 500, samples: 32, seed: 0, pagerankAlpha: 0.9, brokerMinCutOff: 5 });
  });

  it.each([
    ['WEEFSEL_ANALYSIS_SAMPLES', '0'],
    ['WEEFSEL_ANALYSIS_SAMPLES', 'many'],
    ['WEEFSEL_ANALYSIS_PAGERANK_ALPHA', '1'],
    ['WEEFSEL_ANALYSIS_EXACT_MAX_NODES', '2.5'],
  ])('rejects %s=%s naming the variable and the default', (name, value) => {
    expect(() => analysisOptionsFromEnv({ [name]: value })).toThrow(ConfigError);
    expect(() => analysisOptionsFromEnv({ [name]: value })).toThrow(new RegExp(`${name}="${value}" must be .*default`));
  });
});
