import { describe, expect, it } from 'vitest';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { withoutTies } from './inner-graph';

describe('withoutTies', () => {
  it('equals building the graph again from the subgraph without the dropped ties’ relations', () => {
    const subgraph = wholeSubgraph(generateGraph({ seed: 4, actors: 600, relations: 2500 }));
    const ag = buildAnalysisGraph(subgraph);
    const dropped = new Set(ag.ties.flatMap((_, i) => (i % 7 === 3 ? [i] : [])));
    const droppedIds = new Set([...dropped].flatMap((i) => ag.ties[i]!.relations.map((r) => r.id)));
    const rebuilt = buildAnalysisGraph({ ...subgraph, relations: subgraph.relations.filter((r) => !droppedIds.has(r.id)) });
    const inner = withoutTies(ag, dropped);
    expect(inner.adjacency.ids).toEqual(rebuilt.adjacency.ids);
    expect([...inner.adjacency.offsets]).toEqual([...rebuilt.adjacency.offsets]);
    expect([...inner.adjacency.neighbours]).toEqual([...rebuilt.adjacency.neighbours]);
    expect([...inner.weighted.weights]).toEqual([...rebuilt.weighted.weights]);
    expect(inner.ties.map((t) => [t.source, t.target, t.weight])).toEqual(rebuilt.ties.map((t) => [t.source, t.target, t.weight]));
    expect(inner.subgraph.relations.map((r) => r.id)).toEqual(rebuilt.subgraph.relations.map((r) => r.id));
    expect(inner.placement()).toEqual(rebuilt.placement());
    expect(inner.graphology().size).toBe(rebuilt.ties.length);
  });
});
