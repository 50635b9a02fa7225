import type { GraphDocument } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from './analysis-graph';
import { wholeSubgraph } from './fixtures/demo-subgraph';
import { networkChanges } from './network-changes';

const doc: GraphDocument = {
  actors: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'Organisation', name: id.toUpperCase() })),
  relations: [
    { id: 'ab', kind: 'PARTNERS_WITH', source: 'a', target: 'b' },
    { id: 'bc', kind: 'PARTNERS_WITH', source: 'b', target: 'c', until: '2022-12-31' },
    { id: 'cd', kind: 'REFERS_TO', source: 'c', target: 'd', since: '2023-03-01' },
    { id: 'ad', kind: 'FUNDS', source: 'a', target: 'd', since: '2024-01-01' },
  ],
};

describe('network changes', () => {
  const from = '2022-06-01';
  const to = '2023-06-01';
  const changes = networkChanges(buildAnalysisGraph(wholeSubgraph(doc, from)), buildAnalysisGraph(wholeSubgraph(doc, to)), { from, to });

  it('lists ties added and ended between the dates, and not the ones outside them', () => {
    expect(changes.tiesAdded.map((r) => r.id)).toEqual(['cd']);
    expect(changes.tiesEnded.map((r) => r.id)).toEqual(['bc']);
  });

  it('says when the latest tie still running on the later day began, also when nothing changed in between', () => {
    // ad (2024-01-01) is planned on 2023-06-01: not counted yet.
    expect(changes.latestTieStart).toBe('2023-03-01');
    const [later, laterStill] = ['2024-06-01', '2025-06-01'];
    const quiet = networkChanges(buildAnalysisGraph(wholeSubgraph(doc, later)), buildAnalysisGraph(wholeSubgraph(doc, laterStill)), { from: later, to: laterStill });
    expect(quiet).toMatchObject({ tiesAdded: [], tiesEnded: [], latestTieStart: '2024-01-01' });
  });

  it('gives the metrics on both dates and their deltas', () => {
    // Before: a-b-c connected, d alone. After: a-b and c-d.
    expect(changes.before.componentCount).toBe(2);
    expect(changes.after.componentCount).toBe(2);
    expect(changes.before.isolatedCount).toBe(1);
    expect(changes.after.isolatedCount).toBe(0);
    const isolated = changes.deltas.find((d) => d.metric === 'isolatedCount');
    expect(isolated).toEqual({ metric: 'isolatedCount', before: 1, after: 0, change: -1 });
    expect(changes.deltas.find((d) => d.metric === 'averagePathLength')?.change).toBeNull();
  });

  it('counts a tie as ended when one of its actors ended, and as added when one began, though the tie has no dates', () => {
    const lives: GraphDocument = {
      actors: [
        { id: 'a', kind: 'Organisation', name: 'A' },
        { id: 'p', kind: 'Project', name: 'Pilot', until: '2023-01-31' },
        { id: 'n', kind: 'CitizenInitiative', name: 'New', since: '2023-02-01' },
      ],
      relations: [
        { id: 'ap', kind: 'PARTNERS_WITH', source: 'a', target: 'p' },
        { id: 'an', kind: 'PARTNERS_WITH', source: 'a', target: 'n' },
      ],
    };
    const [before, after] = [buildAnalysisGraph(wholeSubgraph(lives, from)), buildAnalysisGraph(wholeSubgraph(lives, to))];
    expect(after.subgraph.nodes.map((n) => n.id)).toEqual(['a', 'n']);
    const lived = networkChanges(before, after, { from, to });
    expect(lived.tiesEnded.map((r) => r.id)).toEqual(['ap']);
    expect(lived.tiesAdded.map((r) => r.id)).toEqual(['an']);
    expect(lived.latestTieStart).toBe('2023-02-01');
    expect(lived.actorsJoined).toEqual(['n']);
    expect(lived.actorsLeft).toEqual(['p']);
  });

  it('names the actors whose partners changed, biggest change first', () => {
    expect(changes.actorChanges.map((c) => [c.actorId, c.degreeBefore, c.degreeAfter])).toEqual([
      ['b', 2, 1],
      ['d', 0, 1],
    ]);
  });
});
