import { describe, expect, it } from 'vitest';
import type { Relation, ScopedActor } from '@weefsel/graph-schema';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { candidateSources, candidatesOf, growingActors, insideActors } from './candidates';
import { recommendContext } from './recommend-context';
import { generateGraph } from '@weefsel/seeds';
import { wholeSubgraph } from '../fixtures/demo-subgraph';
import { latestTieStart, nodeStats } from '../likelihood/pair-features';

/**
 * Two care zones. In zone n: municipality mn with neighbourhoods n1 and n2. The asker a (in n1)
 * has a chain a - p - q - r - s (p, q, r, s in zone s, far from a's areas); n2 holds m (same
 * municipality, no tie path) and zone n holds z directly. A chain of `growing.count + 1` pairs in
 * zone s began in 2020; h there drew three new ties in 2020, so it is the fastest growing, and
 * old0 - old1 tied in 2010 are not. t is a transition manager in n1, pl a planned partner of a.
 */
function network(growing: number) {
  const nodes: ScopedActor[] = [
    actor('cz-n', { kind: 'CareZone' }),
    actor('cz-s', { kind: 'CareZone' }),
    actor('mn', { kind: 'Municipality' }),
    actor('n1', { kind: 'Neighbourhood' }),
    actor('n2', { kind: 'Neighbourhood' }),
    ...['a', 'p', 'q', 'r', 's', 'm', 'z', 'pl', 'h', 'old0', 'old1'].map((id) => actor(id)),
    actor('t', { kind: 'TransitionManager' }),
  ];
  const relations: Relation[] = [
    relation('mn', 'cz-n', { kind: 'MEMBER_OF' }),
    relation('n1', 'mn', { kind: 'MEMBER_OF' }),
    relation('n2', 'mn', { kind: 'MEMBER_OF' }),
    relation('a', 'n1', { kind: 'LOCATED_IN' }),
    relation('t', 'n1', { kind: 'ACTIVE_IN' }),
    relation('m', 'n2', { kind: 'LOCATED_IN' }),
    relation('z', 'cz-n', { kind: 'ACTIVE_IN' }),
    ...['p', 'q', 'r', 's', 'h', 'old0', 'old1'].map((id) => relation(id, 'cz-s', { kind: 'ACTIVE_IN' })),
    relation('a', 'p', { since: '2015-01-01' }),
    relation('p', 'q', { since: '2015-01-01' }),
    relation('q', 'r', { since: '2015-01-01' }),
    relation('r', 's', { since: '2015-01-01' }),
    relation('a', 'pl', { status: 'PLANNED' }),
    relation('old0', 'old1', { since: '2010-01-01' }),
    relation('m', 'z', { since: '2015-01-01' }),
    ...['x0', 'x1', 'x2'].map((id) => relation('h', id, { since: '2020-06-01' })),
  ];
  for (const id of ['x0', 'x1', 'x2']) nodes.push(actor(id));
  for (let k = 0; k < growing; k++) {
    nodes.push(actor(`g${k}`), actor(`k${k}`));
    relations.push(relation(`g${k}`, `k${k}`, { since: '2020-03-01' }));
  }
  return recommendContext(buildAnalysisGraph({ areaId: null, areaKind: null, asOf: null, nodes, relations }));
}

describe('candidatesOf', () => {
  // Enough recently tied pairs that old0 and old1 fall outside the growing actors.
  const ctx = network(candidateSources.growing);
  const ids = (list: number[]) => list.map((i) => ctx.ag.adjacency.ids[i]);
  const at = (id: string) => ctx.ag.adjacency.indexOf.get(id)!;
  const pool = ids(candidatesOf(ctx, at('a'), null));

  it('reaches two and three steps away, across care zones, but not four', () => {
    expect(pool).toContain('q');
    expect(pool).toContain('r');
    expect(pool).not.toContain('s');
  });

  it('holds the actors of every area the actor lies in: its neighbourhood, municipality and care zone', () => {
    // m lies in the other neighbourhood of a's municipality; z in its care zone only.
    expect(pool).toContain('m');
    expect(pool).toContain('z');
  });

  it('holds the fastest-growing actors wherever they are, and leaves out old, quiet ones', () => {
    expect(pool).toContain('h');
    expect(pool).not.toContain('old0');
    expect(growingActors(ctx, 1).map((i) => ctx.ag.adjacency.ids[i])).toEqual(['h']);
  });

  it('leaves out the actor, its partners, planned partners and kinds it cannot partner with', () => {
    for (const id of ['a', 'p', 'pl', 't', 'n1', 'cz-n']) expect(pool).not.toContain(id);
  });

  it('with an area, holds that area’s actors only', () => {
    expect(ids(candidatesOf(ctx, at('a'), 'n2'))).toEqual(['m']);
    expect(ids(insideActors(ctx, 'n2'))).toEqual(['m']);
  });

  it('on a small network every active actor is among the growing, so nobody active is left out', () => {
    const small = network(3);
    const smallPool = candidatesOf(small, small.ag.adjacency.indexOf.get('a')!, null).map((i) => small.ag.adjacency.ids[i]);
    expect(smallPool).toContain('old0');
    expect(smallPool).toContain('s');
  });

  it('takes the growing actors by new ties, then partners, then index, as a sort of every active inside actor would', () => {
    const generated = recommendContext(buildAnalysisGraph(wholeSubgraph(generateGraph({ seed: 9, actors: 600, relations: 2400 }))));
    const { recentTies } = nodeStats(generated, latestTieStart(generated));
    const active = generated.ag.adjacency.ids.map((_, i) => i).filter((i) => generated.ag.insideWeights[i] === 1 && generated.degree(i) > 0);
    const key = (i: number) => recentTies[i]! * 1e6 + generated.degree(i);
    const sorted = [...active].sort((x, y) => key(y) - key(x) || x - y);
    for (const count of [1, 7, 50, active.length, active.length + 5]) expect(growingActors(generated, count)).toEqual(sorted.slice(0, count));
  });
});
