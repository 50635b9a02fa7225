import { describe, expect, it } from 'vitest';
import type { ReportedTie } from './reported-ties';
import { scoreAverages } from './score-averages';

const tie = (scores: Pick<ReportedTie, 'value' | 'trust' | 'valueItems' | 'trustItems'>) => scores as ReportedTie;

describe('scoreAverages', () => {
  it('averages the scores and, per item, the answers given to it; an older single score counts for the score only', () => {
    const ties = [
      tie({ value: 2.5, trust: 3, valueItems: { INFLUENCE: 2, RESOURCES: 3 }, trustItems: { RELIABLE: 3 } }),
      tie({ value: 3, trust: 4, valueItems: { INFLUENCE: 4, INVOLVEMENT: 3, RESOURCES: 2 }, trustItems: { RELIABLE: 4, MISSION: 4, OPEN: 4 } }),
      tie({ value: 1, trust: null, valueItems: {}, trustItems: {} }),
    ];
    expect(scoreAverages(ties)).toEqual({
      averageValue: 2.17,
      averageTrust: 3.5,
      averageValueItems: { INFLUENCE: 3, INVOLVEMENT: 3, RESOURCES: 2.5 },
      averageTrustItems: { RELIABLE: 3.5, MISSION: 4, OPEN: 4 },
    });
    expect(scoreAverages([]).averageTrustItems).toEqual({ RELIABLE: null, MISSION: null, OPEN: null });
  });
});
