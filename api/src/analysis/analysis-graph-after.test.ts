import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Relation, Subgraph } from '@weefsel/graph-schema';
import { generateGraph } from '@weefsel/seeds';
import { buildAnalysisGraph, withChangedTies, withEditedRecords, type AnalysisGraph, type TouchedRecords } from './analysis-graph';
import { wholeSubgraph } from './fixtures/demo-subgraph';
import { analysisGraphAfter, changesSince, type RecordChanges } from './analysis-graph-after';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The region as the stores return it: nodes and relations in id order. */
const inIdOrder = (region: Subgraph): Subgraph => ({ ...region, nodes: [...region.nodes].sort(byId), relations: [...region.relations].sort(byId) });

const before = inIdOrder(wholeSubgraph(generateGraph({ seed: 7, actors: 800, relations: 3000 })));
const ag = buildAnalysisGraph(before);
const collaboration = before.relations.filter((r) => r.kind === 'PARTNERS_WITH' && r.status !== 'PLANNED');
const pairKey = (r: Relation) => [r.source, r.target].sort().join('|');
const pairCounts = new Map<string, number>();
for (const r of collaboration) pairCounts.set(pairKey(r), (pairCounts.get(pairKey(r)) ?? 0) + 1);
const single = collaboration.filter((r) => pairCounts.get(pairKey(r)) === 1);
const [a, b, c] = ag.adjacency.ids.filter((id) => ag.actors.get(id)?.kind === 'Organisation') as [string, string, string];

const relation = (id: string, source: string, target: string, extra: Partial<Relation> = {}): Relation => ({ ...(single[0] as Relation), id, source, target, weight: null, status: 'ACTIVE', ...extra });

/** The region after replacing, adding (`put`) and dropping relations by id, kept in id order. */
function after(put: Relation[], drop: string[] = []): { region: Subgraph; touched: TouchedRecords } {
  const ids = new Set([...put.map((r) => r.id), ...drop]);
  const touched = { relationIds: ids, before: before.relations.filter((r) => ids.has(r.id)), after: put, actors: [] };
  return { region: inIdOrder({ ...before, relations: [...before.relations.filter((r) => !ids.has(r.id)), ...put] }), touched };
}

function network(g: AnalysisGraph) {
  return { ties: g.ties, adjacency: g.adjacency, tieAt: g.tieAt, weights: g.weighted.weights, planned: g.planned, inside: g.insideWeights, actors: g.actors };
}

const cases: [string, () => ReturnType<typeof after>][] = [
  ['a new tie between two actors', () => after([relation('zz-new', a, b)])],
  ['a new tie whose id sorts first', () => after([relation('0-new', a, c, { weight: 3 })])],
  ['a second relation on a tied pair', () => after([relation('m-second', (single[1] as Relation).source, (single[1] as Relation).target)])],
  ['the only relation of a pair removed', () => after([], [(single[2] as Relation).id])],
  ['a tie made planned', () => after([{ ...(single[3] as Relation), status: 'PLANNED' }])],
  ['a weight changed and a tie added at once', () => after([{ ...(single[4] as Relation), weight: 4 }, relation('n-new', b, c)])],
];

describe('withChangedTies', () => {
  it.each(cases)('after %s, gives the graph a fresh build gives, reusing the placements', (_name, make) => {
    const { region, touched } = make();
    const changed = withChangedTies(ag, region, touched);
    expect(network(changed)).toEqual(network(buildAnalysisGraph(region)));
    expect(changed.placement).toBe(ag.placement);
    expect(changed.insideWeights).toBe(ag.insideWeights);
  });

  it('builds afresh, with the same answer, when the region it started from was not in id order', () => {
    const shuffled = buildAnalysisGraph({ ...before, relations: [...before.relations].reverse() });
    const { region, touched } = after([relation('zz-new', a, b)]);
    const changed = withChangedTies(shuffled, region, touched);
    expect(network(changed)).toEqual(network(buildAnalysisGraph(region)));
    expect(changed.placement).not.toBe(shuffled.placement);
  });

  it('starts a new undated tie on its actor\'s first day, as a fresh build does', () => {
    const founded = inIdOrder({ ...before, nodes: before.nodes.map((node) => (node.id === a ? { ...node, since: '2031-02-01' } : node)) });
    const foundedAg = buildAnalysisGraph(founded);
    const tie = relation('zz-new', a, b, { since: null });
    const region = inIdOrder({ ...founded, relations: [...founded.relations, tie] });
    const changed = withChangedTies(foundedAg, region, { relationIds: new Set([tie.id]), before: [], after: [tie], actors: [] });
    expect(network(changed)).toEqual(network(buildAnalysisGraph(region)));
    expect(changed.ties.find((t) => t.relations.some((r) => r.id === 'zz-new'))?.start).toBe('2031-02-01');
  });
});

describe('withEditedRecords', () => {
  const planned = relation('p-planned', a, b, { status: 'PLANNED' });
  const withPlanned = after([planned]);
  const plannedAg = withEditedRecords(ag, withPlanned.region, withPlanned.touched);

  it('adds a planned collaboration to the planned partners, as a fresh build counts it', () => {
    expect(plannedAg.planned).toEqual(buildAnalysisGraph(withPlanned.region).planned);
    expect(plannedAg.planned.get(ag.adjacency.indexOf.get(a)!)?.has(ag.adjacency.indexOf.get(b)!)).toBe(true);
    expect(ag.planned.get(ag.adjacency.indexOf.get(a)!)?.has(ag.adjacency.indexOf.get(b)!) ?? false).toBe(false);
  });

  it('drops it again when it is removed, and takes edited actors over', () => {
    const edited = { ...(before.nodes.find((node) => node.id === c) as Subgraph['nodes'][number]), description: 'bewerkt' };
    const region = inIdOrder({ ...withPlanned.region, nodes: withPlanned.region.nodes.map((node) => (node.id === c ? edited : node)), relations: withPlanned.region.relations.filter((r) => r.id !== planned.id) });
    const removed = withEditedRecords(plannedAg, region, { relationIds: new Set([planned.id]), before: [planned], after: [], actors: [edited] });
    expect(removed.planned).toEqual(buildAnalysisGraph(region).planned);
    expect(removed.actors).toEqual(buildAnalysisGraph(region).actors);
    expect(removed.actors.get(c)?.description).toBe('bewerkt');
  });
});

describe('analysisGraphAfter over many writes', () => {
  const changesOf = (update: ReturnType<typeof after>): RecordChanges => ({ actorIds: [], relationIds: [...update.touched.relationIds], actors: [], relations: update.touched.after });
  const steps = [after([relation('zz-1', a, b)]), after([relation('zz-2', b, c)]), after([{ ...(single[5] as Relation), weight: 2 }])];
  const edits = (count: number) => Array.from({ length: count }, (_, k) => after([{ ...(single[6] as Relation), note: `edit ${k}` }]));
  const chain = (from: AnalysisGraph, updates: ReturnType<typeof after>[]) => updates.reduce((g, update) => analysisGraphAfter(g, update.region, changesOf(update)), from);

  it('tells how far several writes in a row reached, and how many records they touched', () => {
    const first = buildAnalysisGraph(before);
    expect(changesSince(chain(first, steps), first)).toEqual({ reach: 'ties', touched: 3 });
    expect(changesSince(chain(first, edits(3)), first)).toEqual({ reach: 'ties', touched: 3 });
    expect(changesSince(first, first)).toEqual({ reach: 'records', touched: 0 });
    // Beyond what a graph remembers, or not made from it: the caller builds afresh.
    expect(changesSince(chain(first, edits(40)), first)).toBeNull();
    expect(changesSince(chain(first, steps), buildAnalysisGraph(before))).toBeNull();
  });

  it('lets the graphs before the latest go once nobody holds them', async () => {
    // Held strongly, every version of a region since its last full build stayed in memory: a
    // region's worth per write. The test process has no --expose-gc, so switch it on here.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const made = () => {
      const first = buildAnalysisGraph(before);
      return { firstRef: new WeakRef(first), latest: chain(first, [...steps, ...edits(5)]) };
    };
    const { firstRef, latest } = made();
    // A weak reference holds its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(firstRef.deref()).toBeUndefined();
    expect(latest.ties.length).toBeGreaterThan(0);
  });
});
