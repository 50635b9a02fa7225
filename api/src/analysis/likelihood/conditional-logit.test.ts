import { describe, expect, it } from 'vitest';
import { seededRandom } from '../rng';
import { fitConditionalLogit, type Choice } from './conditional-logit';

/** Normal draws by Box-Muller from a seeded uniform source. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * Choice sets of 30 alternatives described by three features: the chooser picks by the softmax of
 * 1.5 x0 - x1 (x2 plays no part); a fourth feature is the same for every alternative of a set
 * (a trait of the chooser, as an asking actor's own degree is) and differs between sets.
 */
function simulated(sets: number, seed: number): Choice[] {
  const random = seededRandom(seed);
  const choices: Choice[] = [];
  for (let s = 0; s < sets; s++) {
    const trait = normal(random) * 3;
    const rows = Array.from({ length: 30 }, () => Float64Array.of(normal(random), normal(random), normal(random), trait));
    const weights = rows.map((x) => Math.exp(1.5 * x[0]! - x[1]!));
    let pick = random() * weights.reduce((a, b) => a + b, 0);
    let chosen = 0;
    while (pick > weights[chosen]! && chosen < rows.length - 1) pick -= weights[chosen++]!;
    choices.push({ rows: [rows[chosen]!, ...rows.filter((_, k) => k !== chosen)] });
  }
  return choices;
}

describe('fitConditionalLogit', () => {
  it('recovers how the choices were made, and gives no weight to what all alternatives of a set share', () => {
    const model = fitConditionalLogit(simulated(1500, 7));
    const raw = [...model.weights].map((w, j) => w / model.scale[j]!);
    // 1,500 choices: within sampling error (and the small penalty's pull towards 0).
    expect(Math.abs(raw[0]! - 1.5)).toBeLessThan(0.2);
    expect(Math.abs(raw[1]! + 1)).toBeLessThan(0.15);
    expect(Math.abs(raw[2]!)).toBeLessThan(0.15);
    expect(Math.abs(raw[3]!)).toBeLessThan(1e-6);
  });

  it('gives the same model for the same choices, and refuses choices without alternatives', () => {
    const choices = simulated(200, 3);
    expect([...fitConditionalLogit(choices).weights]).toEqual([...fitConditionalLogit(choices).weights]);
    expect(() => fitConditionalLogit([{ rows: [Float64Array.of(1, 2, 3, 4)] }])).toThrow(/at least one choice with an alternative/);
  });
});
