import { describe, expect, it } from 'vitest';
import type { SurveyRound } from '../../store/survey-store';
import type { RoundComparison, RoundSummary } from '../survey/round-comparison';
import { reportText } from './report-text';
import { lastTwoRounds, reportedPairs, roundSection } from './round-section';

const round = (id: string, opensOn: string, fields: Partial<SurveyRound> = {}): SurveyRound => ({
  id,
  title: `Ronde ${id}`,
  intro: null,
  areaId: 'mun-a',
  projectId: null,
  opensOn,
  closesOn: '2027-12-31',
  createdBy: 'editor',
  status: 'OPEN',
  createdAt: `${opensOn}T09:00:00.000Z`,
  ...fields,
});

const summary = (fields: Partial<RoundSummary>): RoundSummary => ({
  roundId: 'r',
  invited: 6,
  answered: 3,
  pairs: 4,
  density: 0.2,
  isolatedActorIds: ['x', 'y'],
  crossDomainPairs: 1,
  averageValue: 2.5,
  averageTrust: null,
  ...fields,
});

const comparison: RoundComparison = {
  earlier: summary({ roundId: 'r1' }),
  later: summary({ roundId: 'r2', answered: 5, pairs: 6, density: 0.333, isolatedActorIds: [], crossDomainPairs: 3, averageValue: 3.25, averageTrust: 3 }),
  newPairs: ['a|b', 'a|ghost'],
  keptPairs: ['b|c'],
  lostPairs: Array.from({ length: reportedPairs + 3 }, (_, i) => `c|d${String(i).padStart(2, '0')}`),
};
const names = new Map([
  ['a', 'CAW'],
  ['b', 'Breiclub'],
  ['c', 'OCMW'],
]);
const input = { earlier: round('r1', '2025-03-01'), later: round('r2', '2026-03-01'), comparison, names };

describe('the report section comparing two survey rounds', () => {
  it('puts both rounds side by side with the change, in Dutch', () => {
    const section = roundSection(input, reportText('nl'));
    expect(section.heading).toBe('Netwerkbevraging: twee rondes vergeleken');
    expect(section.columns).toEqual(['Kerncijfer', 'Ronde r1 (1 maart 2025)', 'Ronde r2 (1 maart 2026)', 'Verschil']);
    expect(section.figures.map((f) => [f.label, f.before, f.after, f.change])).toEqual([
      ['Uitgenodigde actoren', '6', '6', '0'],
      ['Actoren die antwoordden', '3', '5', '+2'],
      ['Gemelde paren', '4', '6', '+2'],
      ['Dichtheid onder de uitgenodigden', '0,2', '0,333', '+0,133'],
      ['Uitgenodigden zonder gemelde partner', '2', '0', '-2'],
      ['Paren over levensdomeinen heen', '1', '3', '+2'],
      ['Gemiddelde waarde (1-4)', '2,5', '3,25', '+0,75'],
      ['Gemiddeld vertrouwen (1-4)', '-', '3', '-'],
    ]);
    expect(section.pairCounts).toBe(`2 nieuwe, 1 behouden en ${reportedPairs + 3} verdwenen paren.`);
  });

  it('names the new and lost pairs (an id for an actor the graph no longer holds) and counts the rest', () => {
    const section = roundSection(input, reportText('nl'));
    expect(section.newPairs).toEqual({ heading: 'Nieuwe paren', pairs: ['CAW – Breiclub', 'CAW – ghost'], more: null });
    expect(section.lostPairs.pairs).toHaveLength(reportedPairs);
    expect(section.lostPairs.pairs[0]).toBe('OCMW – d00');
    expect(section.lostPairs.more).toBe('en nog 3 (zie Weefsel)');
  });

  it('writes English on request', () => {
    const section = roundSection(input, reportText('en'));
    expect(section.heading).toBe('Network survey: two rounds compared');
    expect(section.columns[3]).toBe('Change');
    expect(section.figures[3]).toEqual({ label: 'Density among the invited', before: '0.2', after: '0.333', change: '+0.133' });
    expect(section.pairCounts).toBe(`2 new, 1 kept and ${reportedPairs + 3} lost pairs.`);
    expect(section.lostPairs.more).toBe('and 3 more (see Weefsel)');
    expect(section.none).toBe('none');
  });

  it('takes the area’s last two rounds, the later opening (then the later created) last', () => {
    const rounds = [
      round('r3', '2026-03-01', { createdAt: '2026-02-01T10:00:00.000Z' }),
      round('other', '2027-01-01', { areaId: 'mun-b' }),
      round('project', '2027-01-01', { areaId: null, projectId: 'prj-x' }),
      round('r1', '2024-03-01'),
      round('r2', '2026-03-01', { createdAt: '2026-02-01T09:00:00.000Z' }),
    ];
    expect(lastTwoRounds(rounds, 'mun-a')).toMatchObject({ earlier: { id: 'r2' }, later: { id: 'r3' } });
    expect(lastTwoRounds(rounds, 'mun-b')).toBeNull();
  });
});
