import { describe, expect, it } from 'vitest';
import { proximityScore } from './proximity.score';

// Depths: care zone 0, municipality 1, neighbourhood 2.
const inNbh = (nbh: string, mun: string, cz: string) => new Map([[nbh, 2], [mun, 1], [cz, 0]]);

describe('proximityScore', () => {
  it('ranks same neighbourhood > same municipality > same care zone > nothing shared', () => {
    const a = inNbh('n1', 'm1', 'z1');
    const same = proximityScore(a, inNbh('n1', 'm1', 'z1'), 2);
    const mun = proximityScore(a, inNbh('n2', 'm1', 'z1'), 2);
    const zone = proximityScore(a, inNbh('n3', 'm2', 'z1'), 2);
    const none = proximityScore(a, inNbh('n4', 'm3', 'z2'), 2);
    expect([same.sharedAreaId, mun.sharedAreaId, zone.sharedAreaId, none.sharedAreaId]).toEqual(['n1', 'm1', 'z1', null]);
    expect(same.score).toBe(1);
    expect(mun.score).toBeCloseTo(2 / 3, 12);
    expect(zone.score).toBeCloseTo(1 / 3, 12);
    expect(none.score).toBe(0);
  });

  it('an actor placed in a municipality only is as close to one in its neighbourhood as the municipality', () => {
    expect(proximityScore(new Map([['m1', 1], ['z1', 0]]), inNbh('n1', 'm1', 'z1'), 2).sharedAreaId).toBe('m1');
  });
});
