import { describe, expect, it } from 'vitest';
import { seededRandom } from '../rng';
import { contributions, fitLogistic, logOdds, probability } from './logistic-regression';

/** Rows drawn from a known logistic model: log-odds = -1 + 2 x0 - 1 x1 + 0 x2 (x standard normal). */
function sample(n: number, seed: number) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Float64Array.from([normal(), normal(), normal()]);
    const eta = -1 + 2 * x[0]! - x[1]!;
    rows.push(x);
    labels.push(random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
  }
  return { rows, labels };
}

describe('fitLogistic', () => {
  it('recovers the coefficients of the model the data was drawn from', () => {
    const { rows, labels } = sample(20_000, 7);
    const model = fitLogistic(rows, labels, { lambda: 0 });
    // Standardised coefficients times the scale give the raw ones.
    const raw = [...model.weights].map((w, j) => w / model.scale[j]!);
    expect(raw[0]).toBeCloseTo(2, 0);
    expect(raw[1]).toBeCloseTo(-1, 0);
    expect(Math.abs(raw[2]!)).toBeLessThan(0.1);
  });

  it('shrinks coefficients towards 0 as the penalty grows, and stays finite on separable data', () => {
    const { rows, labels } = sample(2_000, 3);
    const loose = fitLogistic(rows, labels, { lambda: 0 });
    const tight = fitLogistic(rows, labels, { lambda: 1 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!) / 2);
    const separable = fitLogistic([Float64Array.of(-1), Float64Array.of(-2), Float64Array.of(1), Float64Array.of(2)], [0, 0, 1, 1]);
    expect(Number.isFinite(separable.weights[0]!)).toBe(true);
    expect(separable.weights[0]).toBeGreaterThan(0);
  });

  it('splits the log-odds into per-feature contributions that add up', () => {
    const { rows, labels } = sample(1_000, 11);
    const model = fitLogistic(rows, labels);
    const row = rows[5]!;
    const parts = contributions(model, row);
    expect(model.bias + parts.reduce((s, v) => s + v, 0)).toBeCloseTo(logOdds(model, row), 10);
    expect(probability(model, row)).toBeCloseTo(1 / (1 + Math.exp(-logOdds(model, row))), 12);
  });

  it('refuses rows without labels', () => {
    expect(() => fitLogistic([], [])).toThrow(/at least one row/);
  });
});
