import { mulberry32 } from '@weefsel/graph-schema';

/** The shared PRNG (mulberry32), so sampled estimates and Louvain are reproducible per seed. */
export const seededRandom: (seed: number) => () => number = mulberry32;

/** `k` distinct items of `items` chosen uniformly (partial Fisher-Yates on a copy). */
export function sampleWithoutReplacement<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = items.slice();
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const swap = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = swap;
  }
  return pool.slice(0, n);
}
