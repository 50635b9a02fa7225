import { describe, expect, it } from 'vitest';
import type { GraphDocument, RelationInput } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { keepFitFromTies, recommendContext, type RecommendContext } from './recommend-context';
import { recommendContextAfter, type RecordChanges } from './recommend-context-after';
import { recommendPartners } from './recommend-partners';
import { defaultRecommendWeights } from './recommend-weights';

const before = generateGraph({ seed: 5, actors: 1200, relations: 5000 });
const askers = before.actors.filter((a) => a.kind === 'Organisation').filter((_, k) => k % 40 === 0).map((a) => a.id);
const [first, second] = askers as [string, string];

/** The document after `edit`, and the changes a store would report for the ids it touched. */
function after(edit: (doc: GraphDocument) => void, actorIds: string[], relationIds: string[]): { doc: GraphDocument; changes: RecordChanges } {
  const doc: GraphDocument = structuredClone(before);
  edit(doc);
  const region = wholeSubgraph(doc);
  return {
    doc,
    changes: {
      actorIds,
      relationIds,
      actors: region.nodes.filter((n) => actorIds.includes(n.id)),
      relations: region.relations.filter((r) => relationIds.includes(r.id)),
    },
  };
}

function partners(ctx: RecommendContext) {
  return askers.map((actorId) => recommendPartners(ctx, { actorId, areaId: null, coverage: null, weights: defaultRecommendWeights, ranking: 'BALANCED', limit: 10 }));
}

const tie = (id: string, source: string, target: string, extra: Partial<RelationInput> = {}): RelationInput => ({ id, kind: 'PARTNERS_WITH', source, target, ...extra });
const firstNeighbourhood = before.relations.find((r) => r.kind === 'LOCATED_IN' && r.source !== first)!.target;

const cases: [string, () => ReturnType<typeof after>, boolean][] = [
  ['an actor edited (description, domains)', () => after((d) => Object.assign(d.actors.find((a) => a.id === first)!, { description: 'nieuw', domains: ['HOUSING'] }), [first], []), true],
  ['a planned collaboration (an accepted suggestion)', () => after((d) => d.relations.push(tie('acc-1', first, second, { status: 'PLANNED' })), [], ['acc-1']), true],
  ['a new tie', () => after((d) => d.relations.push(tie('new-1', first, second, { since: '2026-01-01' })), [], ['new-1']), false],
  ['an actor placed elsewhere', () => after((d) => d.relations.push({ id: 'loc-1', kind: 'LOCATED_IN', source: first, target: firstNeighbourhood }), [], ['loc-1']), false],
  ['a new actor', () => after((d) => d.actors.push({ id: 'new-actor', kind: 'Organisation', name: 'Nieuw' }), ['new-actor'], []), false],
];

describe('recommendContextAfter', () => {
  const stale = recommendContext(buildAnalysisGraph(wholeSubgraph(before)));
  partners(stale);

  it.each(cases)('after %s, recommends what a context built afresh does', (_name, make, reused) => {
    const { doc, changes } = make();
    const region = wholeSubgraph(doc);
    const updated = recommendContextAfter(stale, region, changes);
    expect(partners(updated)).toEqual(partners(recommendContext(buildAnalysisGraph(region))));
    // Only writes that leave ties and placements alone may reuse the network's structure.
    expect(updated.components === stale.components).toBe(reused);
  });

  it('no longer recommends a partner once the collaboration with it is planned', () => {
    const top = partners(stale)[0]![0]!;
    const partnerId = stale.ag.adjacency.ids[top.b]!;
    const { doc, changes } = after((d) => d.relations.push(tie('acc-2', first, partnerId, { status: 'PLANNED' })), [], ['acc-2']);
    const updated = recommendContextAfter(stale, wholeSubgraph(doc), changes);
    expect(partners(updated)[0]!.map((p) => updated.ag.adjacency.ids[p.b])).not.toContain(partnerId);
  });
});

describe('the fit after writes', () => {
  it('is kept on a large network until the writes since it touched one record in a hundred ties, and refitted on a small one', () => {
    const big = recommendContext(buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 6, actors: 3000, relations: 16000 }))));
    expect(big.ag.ties.length).toBeGreaterThanOrEqual(keepFitFromTies);
    const fit = big.likelihoodFit();
    const kept = recommendContext(big.ag, big.fitAfter(10));
    expect(kept.likelihoodFit()).toBe(fit);
    // Counted from the fit, not from the last write: a run of small writes adds up.
    const limit = Math.floor(big.ag.ties.length / 100);
    expect(recommendContext(big.ag, kept.fitAfter(limit - 10)).likelihoodFit()).toBe(fit);
    expect(recommendContext(big.ag, kept.fitAfter(limit - 9)).likelihoodFit()).not.toBe(fit);
    const small = recommendContext(buildAnalysisGraph(wholeSubgraph(before)));
    expect(recommendContext(small.ag, small.fitAfter(1)).likelihoodFit()).not.toBe(small.likelihoodFit());
  });
});
