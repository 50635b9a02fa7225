import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../api/src/analysis/rng';
import { pairedRatioInterval, type QueryOutcome } from './paired-bootstrap';

const outcome = (hits: number, positives = 2): QueryOutcome => ({ hits, reciprocalRanks: hits / 2, positives });

/** n queries of two partners each; each partner found with probability p. */
function drawn(n: number, p: number, seed: number): QueryOutcome[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => outcome((random() < p ? 1 : 0) + (random() < p ? 1 : 0)));
}

describe('paired bootstrap of a ratio of two scorers', () => {
  it('is exactly 1, with no spread, for two scorers that answer every query alike', () => {
    const a = drawn(100, 0.3, 1);
    const r = pairedRatioInterval(a, a, 'hits', 1.2);
    expect(r).toEqual({ ratio: 1, low: 1, high: 1, reaching: 0 });
  });

  it('keeps a constant gain exact however the queries are drawn, because the draw is shared', () => {
    const other = drawn(80, 0.4, 2).map((q) => ({ ...q, hits: q.hits + 1 }));
    const own = other.map((q) => ({ ...q, hits: 2 * q.hits, reciprocalRanks: 3 * q.reciprocalRanks }));
    expect(pairedRatioInterval(own, other, 'hits', 1.2)).toMatchObject({ ratio: 2, low: 2, high: 2, reaching: 1 });
    expect(pairedRatioInterval(own, other, 'reciprocalRanks', 1.2).ratio).toBeCloseTo(3, 10);
  });

  it('gives a wide interval around an unrelated pair of scorers on few queries, a narrow one on many', () => {
    const few = pairedRatioInterval(drawn(90, 0.25, 3), drawn(90, 0.25, 4), 'hits', 1.2);
    const many = pairedRatioInterval(drawn(9000, 0.25, 3), drawn(9000, 0.25, 4), 'hits', 1.2);
    expect(few.low).toBeLessThan(few.ratio);
    expect(few.high).toBeGreaterThan(few.ratio);
    expect(few.high - few.low).toBeGreaterThan(0.3);
    expect(many.high - many.low).toBeLessThan(0.1);
    expect(many.low).toBeLessThan(1);
    expect(many.high).toBeGreaterThan(1);
    expect(many.reaching).toBe(0);
  });

  it('is the same for the same seed and refuses scorers that answered different queries', () => {
    const a = drawn(50, 0.3, 5);
    const b = drawn(50, 0.3, 6);
    expect(pairedRatioInterval(a, b, 'hits', 1.2, { seed: 9 })).toEqual(pairedRatioInterval(a, b, 'hits', 1.2, { seed: 9 }));
    expect(() => pairedRatioInterval(a, b.slice(1), 'hits', 1.2)).toThrow(/same queries, got 50 and 49/);
  });
});
