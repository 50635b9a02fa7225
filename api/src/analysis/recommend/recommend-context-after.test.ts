import { describe, expect, it } from 'vitest';
import type { GraphDocument, RelationInput } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph } from '../analysis-graph';
import { wholeSubgraph as unordered } from '../fixtures/demo-subgraph';
import { recommendContext, type RecommendContext } from './recommend-context';
import { analysisGraphAfter, type RecordChanges } from '../analysis-graph-after';
import { recommendContextAfter } from './recommend-context-after';
import { recommendPartners } from './recommend-partners';
import { defaultRecommendWeights } from './recommend-weights';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The region as the stores return it (and patchRegion keeps it): in id order, which lets a changed tie be merged alone. */
function wholeSubgraph(doc: GraphDocument) {
  const region = unordered(doc);
  return { ...region, nodes: region.nodes.sort(byId), relations: region.relations.sort(byId) };
}

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
const removed = before.relations.find((r) => r.kind === 'PARTNERS_WITH' && (r.source === first || r.target === first))!.id!;
const firstNeighbourhood = before.relations.find((r) => r.kind === 'LOCATED_IN' && r.source !== first)!.target;

/** What the updated context took over: the network (components...), the areas (members of an area), or nothing. */
type Reused = 'network' | 'areas' | 'nothing';
const cases: [string, () => ReturnType<typeof after>, Reused][] = [
  ['an actor edited (description, domains)', () => after((d) => Object.assign(d.actors.find((a) => a.id === first)!, { description: 'nieuw', domains: ['HOUSING'] }), [first], []), 'network'],
  ['a planned collaboration (an accepted suggestion)', () => after((d) => d.relations.push(tie('acc-1', first, second, { status: 'PLANNED' })), [], ['acc-1']), 'network'],
  ['a new tie', () => after((d) => d.relations.push(tie('new-1', first, second, { since: '2026-01-01' })), [], ['new-1']), 'areas'],
  ['a tie removed', () => after((d) => d.relations.splice(d.relations.findIndex((r) => r.id === removed), 1), [], [removed]), 'areas'],
  ['an actor placed elsewhere', () => after((d) => d.relations.push({ id: 'loc-1', kind: 'LOCATED_IN', source: first, target: firstNeighbourhood }), [], ['loc-1']), 'nothing'],
  ['a new actor', () => after((d) => d.actors.push({ id: 'new-actor', kind: 'Organisation', name: 'Nieuw' }), ['new-actor'], []), 'nothing'],
];

describe('recommendContextAfter', () => {
  const stale = recommendContext(buildAnalysisGraph(wholeSubgraph(before)));
  partners(stale);

  it.each(cases)('after %s, recommends what a context built afresh does', (_name, make, reused) => {
    const { doc, changes } = make();
    const region = wholeSubgraph(doc);
    const { context: updated, touched } = recommendContextAfter(stale, analysisGraphAfter(stale.ag, region, changes));
    expect(touched).toBe(changes.actorIds.length + changes.relationIds.length);
    const fresh = recommendContext(buildAnalysisGraph(region));
    expect(partners(updated)).toEqual(partners(fresh));
    // The per-node facts too: those of the records the write did not touch are kept.
    expect(updated.facts).toEqual(fresh.facts);
    // Only writes that leave ties alone may reuse the network, only those that keep actors and placements the areas.
    expect(updated.components === stale.components).toBe(reused === 'network');
    expect(updated.membersOf === stale.membersOf).toBe(reused !== 'nothing');
    // ...and only those merge the touched ties alone instead of every relation (the placements come along).
    expect(updated.ag.placement === stale.ag.placement).toBe(reused !== 'nothing');
  });

  it('after two writes in a row, reuses what neither changed, and nothing from a graph it was not made from', () => {
    const edit = cases[0]![1]();
    const tieAdded = after((d) => {
      Object.assign(d.actors.find((a) => a.id === first)!, { description: 'nieuw', domains: ['HOUSING'] });
      d.relations.push(tie('new-1', first, second, { since: '2026-01-01' }));
    }, [], ['new-1']);
    const once = analysisGraphAfter(stale.ag, wholeSubgraph(edit.doc), edit.changes);
    const twice = analysisGraphAfter(once, wholeSubgraph(tieAdded.doc), tieAdded.changes);
    const { context, touched } = recommendContextAfter(stale, twice);
    expect(touched).toBe(2);
    expect(context.components === stale.components).toBe(false);
    expect(context.membersOf === stale.membersOf).toBe(true);
    expect(partners(context)).toEqual(partners(recommendContext(buildAnalysisGraph(wholeSubgraph(tieAdded.doc)))));
    const unrelated = recommendContextAfter(stale, buildAnalysisGraph(wholeSubgraph(tieAdded.doc)));
    expect(unrelated.touched).toBeNull();
    expect(unrelated.context.membersOf === stale.membersOf).toBe(false);
  });

  it('no longer recommends a partner once the collaboration with it is planned', () => {
    const top = partners(stale)[0]![0]!;
    const partnerId = stale.ag.adjacency.ids[top.b]!;
    const { doc, changes } = after((d) => d.relations.push(tie('acc-2', first, partnerId, { status: 'PLANNED' })), [], ['acc-2']);
    const { context: updated } = recommendContextAfter(stale, analysisGraphAfter(stale.ag, wholeSubgraph(doc), changes));
    expect(partners(updated)[0]!.map((p) => updated.ag.adjacency.ids[p.b])).not.toContain(partnerId);
  });
});

