import { ValidationError } from '@weefsel/graph-schema';

/**
 * The weight of each value component in a pair's value (which gap the tie would close); see
 * docs/recommendations.md. How likely a tie is comes from the learned likelihood model instead.
 */
export interface RecommendWeights {
  complementarity: number;
  bridging: number;
  formalInformal: number;
}

export type RecommendComponent = keyof RecommendWeights;

/** Per-call overrides; absent or null keeps the default. */
export type WeightOverrides = { [K in RecommendComponent]?: number | null | undefined };

/**
 * Defaults: what the partner brings that the actor or its area lacks counts most; then linking formal
 * care with informal initiatives and bringing in who is left out (the policy goals). They sum to 1,
 * so the value stays in [0, 1].
 */
export const defaultRecommendWeights: Readonly<RecommendWeights> = {
  complementarity: 0.45,
  bridging: 0.2,
  formalInformal: 0.35,
};

export const recommendComponents = Object.keys(defaultRecommendWeights) as RecommendComponent[];

/** Defaults with the given overrides; every weight must be a finite number >= 0, and not all 0. */
export function resolveWeights(overrides: WeightOverrides | null | undefined): RecommendWeights {
  const weights = { ...defaultRecommendWeights };
  const issues: { path: string; message: string }[] = [];
  for (const name of recommendComponents) {
    const value = overrides?.[name];
    if (value === undefined || value === null) continue;
    if (!Number.isFinite(value) || value < 0) issues.push({ path: `weights.${name}`, message: `must be a number >= 0; got ${value}` });
    else weights[name] = value;
  }
  if (issues.length === 0 && recommendComponents.every((n) => weights[n] === 0)) {
    issues.push({ path: 'weights', message: 'at least one weight must be above 0; omit weights for the defaults' });
  }
  if (issues.length > 0) throw new ValidationError('recommend', issues);
  return weights;
}
