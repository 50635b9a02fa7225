import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { nestedCoverage } from '../coverage/area-members';
import { actor, relation } from '../fixtures/classic-graphs';
import { recommendContext } from './recommend-context';
import { explainPair } from './recommend-explain';
import { defaultRecommendWeights } from './recommend-weights';
import { scorePair } from './score-pair';

// Two neighbourhoods of one municipality: care in Noord (and active in Zuid), a housing-and-work actor in Zuid, both tied to hub.
const nodes = [
  actor('mun', { kind: 'Municipality', name: 'Stad' }),
  actor('noord', { kind: 'Neighbourhood', name: 'Noord' }),
  actor('zuid', { kind: 'Neighbourhood', name: 'Zuid' }),
  // Target groups recorded for one actor of Noord: where none has any, no lack of them is claimed.
  actor('care', { name: 'Thuiszorg', domains: ['CARE'], targetGroups: ['OLDER_PEOPLE_ALONE'] }),
  actor('hub', { name: 'Hub', domains: ['CARE'] }),
  actor('both', { name: 'Woonwerk', domains: ['HOUSING', 'WORK'], targetGroups: ['NEWCOMERS'] }),
];
const relations = [
  relation('noord', 'mun', { kind: 'PART_OF' }),
  relation('zuid', 'mun', { kind: 'PART_OF' }),
  relation('care', 'noord', { kind: 'LOCATED_IN' }),
  relation('care', 'zuid', { kind: 'ACTIVE_IN' }),
  relation('hub', 'noord', { kind: 'LOCATED_IN' }),
  relation('both', 'zuid', { kind: 'LOCATED_IN' }),
  relation('care', 'hub'),
  relation('both', 'hub'),
];
const ag = buildAnalysisGraph({ areaId: 'mun', areaKind: 'Municipality', asOf: '2026-12-03', nodes, relations });
const ctx = recommendContext(ag);
const at = (id: string) => ag.adjacency.indexOf.get(id) as number;

describe('explanation of a pair', () => {
  it('claims the lacks of the area asked about, naming it and the day, in good Dutch and English', () => {
    const text = explainPair(ctx, scorePair(ctx, at('care'), at('both'), defaultRecommendWeights, nestedCoverage(ag, 'noord'))).explanation;
    expect(text.nl).toContain('Ze hebben 1 gemeenschappelijke partner: Hub.');
    expect(text.nl).toContain('Woonwerk werkt rond wonen en werk, die in Noord op 3 december 2026 ontbreken.');
    expect(text.nl).toContain('Woonwerk richt zich op nieuwkomers, die in Noord op 3 december 2026 niemand bedient.');
    expect(text.en).toContain('Woonwerk works on housing and work, which nobody in Noord on 3 December 2026 works on.');
  });

  it('says where they stand to the area asked about, not which other neighbourhood they share', () => {
    const text = explainPair(ctx, scorePair(ctx, at('care'), at('both'), defaultRecommendWeights, nestedCoverage(ag, 'noord'))).explanation;
    expect(text.nl).toContain('Thuiszorg is actief in Noord, Woonwerk niet.');
    const none = explainPair(ctx, scorePair(ctx, at('care'), at('both'), defaultRecommendWeights, null)).explanation;
    expect(none.nl).toContain('Beide zijn actief in Zuid.');
    expect(none.nl).not.toMatch(/ontbreek|niemand bedient/);
  });
});
