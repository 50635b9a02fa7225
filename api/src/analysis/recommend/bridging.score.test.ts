import { describe, expect, it } from 'vitest';
import { bridgingScore } from './bridging.score';

const base = { degreeA: 2, degreeB: 3, componentA: 0, componentB: 0, communityA: 1, communityB: 1 };

describe('bridgingScore', () => {
  it('scores bringing in an isolated actor and joining components highest', () => {
    expect(bridgingScore({ ...base, degreeB: 0 })).toEqual({ effect: 'BRINGS_IN_ISOLATED', isolated: 'b', score: 1 });
    expect(bridgingScore({ ...base, degreeA: 0 }).isolated).toBe('a');
    expect(bridgingScore({ ...base, componentB: 1, communityB: 2 })).toMatchObject({ effect: 'JOINS_COMPONENTS', score: 1 });
  });

  it('gives half for linking two communities and nothing inside one', () => {
    expect(bridgingScore({ ...base, communityB: 2 })).toMatchObject({ effect: 'JOINS_COMMUNITIES', score: 0.5 });
    expect(bridgingScore(base)).toMatchObject({ effect: 'NONE', score: 0 });
  });
});
