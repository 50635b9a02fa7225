import type { LikelihoodFit } from './likelihood-model';
import { pairFeatureNames } from './pair-features';

/** The fit as JSON, to be kept in the store for every instance (see ModelStore). */
export function fitToJson(fit: LikelihoodFit): string {
  const { model } = fit;
  return JSON.stringify({
    features: pairFeatureNames,
    mean: [...model.mean],
    scale: [...model.scale],
    weights: [...model.weights],
    bias: model.bias,
    how: fit.how,
    cut: fit.cut,
    heldTies: fit.heldTies,
    rows: fit.rows,
  });
}

const finite = (values: unknown): values is number[] =>
  Array.isArray(values) && values.length === pairFeatureNames.length && values.every((v) => typeof v === 'number' && Number.isFinite(v));

/**
 * The fit a `fitToJson` text holds; null when it is not one, or one over other features (kept by
 * an older version): then the caller fits again.
 */
export function fitFromJson(text: string): LikelihoodFit | null {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  const { features, mean, scale, weights, bias, how, cut, heldTies, rows } = parsed;
  if (JSON.stringify(features) !== JSON.stringify(pairFeatureNames) || !finite(mean) || !finite(scale) || !finite(weights) || typeof bias !== 'number') return null;
  if (typeof how !== 'string' || (cut !== null && typeof cut !== 'string') || typeof heldTies !== 'number' || typeof rows !== 'number') return null;
  return {
    model: { mean: Float64Array.from(mean), scale: Float64Array.from(scale), weights: Float64Array.from(weights), bias },
    how: how as LikelihoodFit['how'],
    cut,
    heldTies,
    rows,
  };
}
