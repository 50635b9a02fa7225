import { ValidationError } from '@weefsel/graph-schema';

/** The weight of each score component in the combined score; see docs/recommendations.md. */
export interface RecommendWeights {
  structural: number;
  complementarity: number;
  proximity: number;
  bridging: number;
  formalInformal: number;
}

export type RecommendComponent = keyof RecommendWeights;

/** Per-call overrides; absent or null keeps the default. */
export type WeightOverrides = { [K in RecommendComponent]?: number | null | undefined };

/**
 * Defaults: shared partners are the best single predictor of a tie that will work (see the
 * evaluation), so structural leads; complementarity and proximity say whether a tie is useful and
 * feasible; bridging and formal-informal push towards the policy goals (no one left out, formal care
 * meeting informal care). They sum to 1, so the combined score stays in [0, 1].
 */
export const defaultRecommendWeights: Readonly<RecommendWeights> = {
  structural: 0.35,
  complementarity: 0.2,
  proximity: 0.2,
  bridging: 0.1,
  formalInformal: 0.15,
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
