import { describe, expect, it } from 'vitest';
import { gapHasMarks, gapHighlight, gapOverlay, groupBySeverity, type GapLike } from './gap-mapping';

const gap = (id: string, kind: string, severity: GapLike['severity'], actors: string[], relations: [string, string, string][] = []): GapLike => ({
  id,
  kind,
  severity,
  actors: actors.map((actorId) => ({ id: actorId })),
  relations: relations.map(([relationId, source, target]) => ({ id: relationId, source, target })),
});

const report = [
  gap('ARTICULATION_POINT:hub', 'ARTICULATION_POINT', 'HIGH', ['hub', 'a', 'b']),
  gap('ISOLATED_ACTOR:alone', 'ISOLATED_ACTOR', 'HIGH', ['alone']),
  gap('BRIDGE_TIE:hub-c', 'BRIDGE_TIE', 'MEDIUM', ['hub', 'c'], [['r1', 'hub', 'c']]),
  gap('BROKER_DEPENDENCE:broker', 'BROKER_DEPENDENCE', 'MEDIUM', ['broker', 'x']),
  gap('INFORMAL_WITHOUT_FORMAL:club', 'INFORMAL_WITHOUT_FORMAL', 'LOW', ['club'], [['r2', 'club', 'other-club']]),
  gap('INFORMAL_WITHOUT_FORMAL:club-again', 'INFORMAL_WITHOUT_FORMAL', 'LOW', ['club']),
  gap('DOMAIN_ABSENT:scope', 'DOMAIN_ABSENT', 'LOW', []),
] as const satisfies GapLike[];

describe('gaps by severity', () => {
  it('groups high, medium, low in that order, keeps the order inside a group and leaves out empty groups', () => {
    const groups = groupBySeverity(report);
    expect(groups.map((group) => group.severity)).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    expect(groups[0]?.gaps.map((g) => g.id)).toEqual(['ARTICULATION_POINT:hub', 'ISOLATED_ACTOR:alone']);
    expect(groupBySeverity(report.filter((g) => g.severity !== 'MEDIUM')).map((group) => group.severity)).toEqual(['HIGH', 'LOW']);
    expect(groupBySeverity([])).toEqual([]);
  });
});

describe('gap highlight', () => {
  it('brings forward the actors and both ends of every tie, edges as relation ids', () => {
    expect(gapHighlight(report[4], 'Club')).toEqual({ nodes: ['club', 'other-club'], edges: ['r2'], label: 'Club' });
  });

  it('lists each actor once and leaves out an absent label', () => {
    const highlight = gapHighlight(report[2]);
    expect(highlight).toEqual({ nodes: ['hub', 'c'], edges: ['r1'] });
    expect('label' in highlight).toBe(false);
  });

  it('gives an empty highlight for a gap about the scope as a whole', () => {
    expect(gapHighlight(report[6])).toEqual({ nodes: [], edges: [] });
  });
});

describe('gap overlay', () => {
  it('marks the subjects of isolated, cut-vertex and informal gaps, each once', () => {
    expect(gapOverlay(report)).toEqual({
      isolated: ['alone'],
      singlePointsOfFailure: ['hub', 'broker'],
      informalWithoutFormalTies: ['club'],
    });
  });

  it('marks nothing when there are no such gaps', () => {
    expect(gapOverlay([report[2], report[6]])).toEqual({ isolated: [], singlePointsOfFailure: [], informalWithoutFormalTies: [] });
  });
});

describe('what a gap can mark', () => {
  it('marks actors or ties, and nothing for a lack in the area', () => {
    expect(report.filter(gapHasMarks).map((g) => g.kind)).not.toContain('DOMAIN_ABSENT');
    expect(gapHasMarks(gap('BRIDGE_TIE:only-tie', 'BRIDGE_TIE', 'LOW', [], [['r3', 'p', 'q']]))).toBe(true);
    expect(gapHasMarks(report[1])).toBe(true);
    expect(gapHasMarks(report[6])).toBe(false);
  });
});
