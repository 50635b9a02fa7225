import { describe, expect, it } from 'vitest';
import type { GraphDocument, RelationInput } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph, tieChanges } from '../analysis-graph';
import { analysisGraphAfter } from '../analysis-graph-after';
import { wholeSubgraph as unordered } from '../fixtures/demo-subgraph';
import { recommendContext } from '../recommend/recommend-context';
import { latestTieStart, nodeStats } from './pair-features';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The region as the stores give it: in id order. */
function region(doc: GraphDocument) {
  const whole = unordered(doc);
  return { ...whole, nodes: whole.nodes.sort(byId), relations: whole.relations.sort(byId) };
}

const before = generateGraph({ seed: 11, actors: 800, relations: 3000 });
const ties = before.relations.filter((r) => r.kind === 'PARTNERS_WITH');
const latest = ties.map((r) => r.since ?? '').sort().at(-1)!;
const organisations = before.actors.filter((a) => a.kind === 'Organisation').map((a) => a.id);
const [p, q] = organisations as [string, string];

/** The document after `edit`, with the ids of the relations it touched. */
function after(edit: (doc: GraphDocument) => RelationInput[]): { doc: GraphDocument; touched: RelationInput[] } {
  const doc = structuredClone(before);
  return { doc, touched: edit(doc) };
}
const added = (doc: GraphDocument, relation: RelationInput) => {
  doc.relations.push(relation);
  return [relation];
};
const removedWhere = (doc: GraphDocument, test: (r: RelationInput) => boolean) => {
  const at = doc.relations.findIndex(test);
  return doc.relations.splice(at, 1);
};

const cases: [string, () => ReturnType<typeof after>][] = [
  ['a new tie dated before the latest', () => after((d) => added(d, { id: 'x-new', kind: 'PARTNERS_WITH', source: p, target: q, since: '2019-03-01', weight: 2 }))],
  ['a new tie after the latest (the reference day moves)', () => after((d) => added(d, { id: 'x-new', kind: 'PARTNERS_WITH', source: p, target: q, since: '2099-01-01' }))],
  ['a second relation on a tie', () => after((d) => added(d, { ...ties[3]!, id: 'x-more', since: '2001-01-01', weight: 0.5 }))],
  ['a tie removed', () => after((d) => removedWhere(d, (r) => r.id === ties[7]!.id))],
  ['the latest tie removed', () => after((d) => removedWhere(d, (r) => r.kind === 'PARTNERS_WITH' && r.since === latest))],
];

describe('node stats and the latest tie start after changed ties', () => {
  it.each(cases)('after %s, equal a count on a graph built afresh', (_name, make) => {
    const stale = recommendContext(buildAnalysisGraph(region(before)));
    const reference = latestTieStart(stale);
    nodeStats(stale, reference);
    const { doc, touched } = make();
    const ag = analysisGraphAfter(stale.ag, region(doc), { actorIds: [], relationIds: touched.map((r) => r.id as string), actors: [], relations: region(doc).relations.filter((r) => touched.some((t) => t.id === r.id)) });
    // Made by merging the changed ties alone, so the figures come from the stale ones.
    expect(tieChanges.has(ag.ties)).toBe(true);
    const updated = recommendContext(ag);
    const fresh = recommendContext(buildAnalysisGraph(region(doc)));
    expect(latestTieStart(updated)).toBe(latestTieStart(fresh));
    for (const day of [reference, latestTieStart(fresh)]) expect(nodeStats(updated, day)).toEqual(nodeStats(fresh, day));
  });
});
