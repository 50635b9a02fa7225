import { describe, expect, it } from 'vitest';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { recommendContext } from '../recommend/recommend-context';
import { fitFromJson, fitToJson } from './fit-json';

describe('fit JSON', () => {
  const ctx = recommendContext(buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 4, actors: 600, relations: 2500 }))));
  const fit = ctx.likelihoodFit();

  it('gives back a fit that scores every pair as the original does', () => {
    const again = recommendContext(ctx.ag);
    again.setFit(fitFromJson(fitToJson(fit))!);
    expect(again.likelihoodFit()).toEqual(fit);
    for (let b = 1; b < 40; b++) expect(again.likelihood().logOdds(0, b)).toBe(ctx.likelihood().logOdds(0, b));
  });

  it('refuses what is not a fit over the current features, so the caller fits again', () => {
    const json = JSON.parse(fitToJson(fit)) as Record<string, unknown>;
    expect(fitFromJson('not json')).toBeNull();
    expect(fitFromJson(JSON.stringify({ ...json, features: ['commonNeighbours'] }))).toBeNull();
    expect(fitFromJson(JSON.stringify({ ...json, weights: (json.weights as number[]).slice(1) }))).toBeNull();
    expect(fitFromJson(JSON.stringify({ ...json, bias: 'high' }))).toBeNull();
  });
});
