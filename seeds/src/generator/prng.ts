import type { Random } from '@weefsel/graph-schema';

export { mulberry32, type Random } from '@weefsel/graph-schema';

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error('pick: cannot pick from an empty list; check the caller guards on length');
  return item;
}

/** Cumulative sums of `weights`, for `pickWeighted`. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += weights[i] ?? 0;
    sums[i] = total;
  }
  return sums;
}

/** An index drawn with probability proportional to its weight (binary search on the sums). */
export function pickWeighted(random: Random, sums: Float64Array): number {
  const x = random() * (sums[sums.length - 1] ?? 0);
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sums[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Shuffles in place (Fisher-Yates) and returns the same array. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
