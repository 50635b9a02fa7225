import { describe, expect, it } from 'vitest';
import { seededRandom } from '../rng';
import { fitConditionalLogit, type ChoiceGroup } from './conditional-logit';

/** Normal draws by Box-Muller from a seeded uniform source. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * Choice sets of 30 alternatives described by three features: the chooser picks by the softmax of
 * 1.5 x0 - x1 (x2 plays no part); a fourth feature is the same for every alternative of a set
 * (a trait of the chooser, as an asking actor's own degree is) and differs between sets.
 */
function simulated(sets: number, seed: number): ChoiceGroup[] {
  const random = seededRandom(seed);
  const choices: ChoiceGroup[] = [];
  for (let s = 0; s < sets; s++) {
    const trait = normal(random) * 3;
    const rows = Array.from({ length: 30 }, () => Float64Array.of(normal(random), normal(random), normal(random), trait));
    const weights = rows.map((x) => Math.exp(1.5 * x[0]! - x[1]!));
    let pick = random() * weights.reduce((a, b) => a + b, 0);
    let chosen = 0;
    while (pick > weights[chosen]! && chosen < rows.length - 1) pick -= weights[chosen++]!;
    choices.push({ chosen: [rows[chosen]!], others: rows.filter((_, k) => k !== chosen) });
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
    expect(() => fitConditionalLogit([{ chosen: [Float64Array.of(1, 2, 3, 4)], others: [] }])).toThrow(/at least one choice with an alternative/);
  });

  it('fits choices that share their alternatives as one group the same as apart', () => {
    // Pairs of simulated choices made to share the first one's alternatives.
    const single = simulated(400, 5);
    const grouped: ChoiceGroup[] = [];
    const apart: ChoiceGroup[] = [];
    for (let k = 0; k + 1 < single.length; k += 2) {
      const { others } = single[k]!;
      const chosen = [single[k]!.chosen[0]!, single[k + 1]!.chosen[0]!];
      grouped.push({ chosen, others });
      for (const x of chosen) apart.push({ chosen: [x], others });
    }
    // Without the penalty, whose pull depends on the standardisation (a group counts its others
    // once), the weights on the features as given are the same.
    const raw = (groups: ChoiceGroup[]) => {
      const model = fitConditionalLogit(groups, { lambda: 1e-12 });
      return [...model.weights].map((w, j) => w / model.scale[j]!);
    };
    const separately = raw(apart);
    raw(grouped).forEach((w, j) => expect(w).toBeCloseTo(separately[j]!, 6));
  });
});
