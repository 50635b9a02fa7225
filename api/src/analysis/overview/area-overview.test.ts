import type { NodeKind, Relation, Subgraph } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../analysis-graph';
import { actor, relation } from '../fixtures/classic-graphs';
import { areaOverview, childAreaKind } from './area-overview';

const area = (id: string, kind: NodeKind) => actor(id, { kind });
const placed = (source: string, target: string, kind: Relation['kind']) => relation(source, target, { kind });

/**
 * A care zone with two municipalities and a neighbourhood in one; `e` is active in both
 * municipalities, `loose` in none, and one partner lies outside the zone.
 */
const zone: Subgraph = {
  areaId: 'cz',
  areaKind: 'CareZone',
  asOf: '2026-01-01',
  nodes: [
    area('cz', 'CareZone'),
    area('m1', 'Municipality'),
    area('m2', 'Municipality'),
    area('n1', 'Neighbourhood'),
    actor('a'),
    actor('b'),
    actor('c', { kind: 'CitizenInitiative' }),
    actor('d'),
    actor('e'),
    actor('loose'),
    actor('outside', { boundary: true }),
  ],
  relations: [
    placed('m1', 'cz', 'MEMBER_OF'),
    placed('m2', 'cz', 'MEMBER_OF'),
    placed('n1', 'm1', 'PART_OF'),
    placed('a', 'n1', 'LOCATED_IN'),
    placed('b', 'm1', 'LOCATED_IN'),
    placed('c', 'm2', 'LOCATED_IN'),
    placed('d', 'm2', 'LOCATED_IN'),
    placed('e', 'm1', 'ACTIVE_IN'),
    placed('e', 'm2', 'ACTIVE_IN'),
    relation('a', 'b'),
    relation('a', 'c'),
    relation('b', 'd', { kind: 'REFERS_TO' }),
    relation('b', 'd'),
    relation('b', 'c', { status: 'ENDED' }),
    relation('a', 'd', { status: 'PLANNED' }),
    relation('a', 'outside'),
    relation('c', 'loose'),
    relation('e', 'a'),
    relation('m1', 'c', { kind: 'FUNDS' }),
  ],
};

describe('area overview', () => {
  it('goes one area level down from the scope, as the data places the areas, and none below the smallest', () => {
    expect(childAreaKind(buildAnalysisGraph(zone))).toBe('Municipality');
    expect(childAreaKind(buildAnalysisGraph({ ...zone, areaId: null, areaKind: null }))).toBe('CareZone');
    expect(childAreaKind(buildAnalysisGraph({ ...zone, areaId: 'm1', areaKind: 'Municipality' }))).toBe('Neighbourhood');
    expect(childAreaKind(buildAnalysisGraph({ ...zone, areaId: 'n1', areaKind: 'Neighbourhood' }))).toBeNull();
  });

  it('counts the actors in each area (in both when placed in both) as the metrics do, and the current relations between areas, once per pair', () => {
    const ag = buildAnalysisGraph(zone);
    const overview = areaOverview(ag);
    // The actors the zone's metrics count: the zone and its municipalities too, not the neighbourhood
    // or the partner outside; the zone itself and `loose` lie in no municipality.
    expect(overview).toMatchObject({ childKind: 'Municipality', actors: 9, unplaced: 2 });
    expect(overview.actors).toBe(ag.insideWeights.reduce((sum, w) => sum + w, 0));
    expect(overview.areas).toEqual([
      { id: 'm1', name: 'm1', kind: 'Municipality', actors: 4 },
      { id: 'm2', name: 'm2', kind: 'Municipality', actors: 4 },
    ]);
    // a-c, both b-d relations and m1 FUNDS c; e-a: e lies in m1 and m2, a in m1, so m1-m2 once. Not:
    // the ended b-c, the planned a-d, the outside partner, the unplaced actor.
    expect(overview.ties).toEqual([{ source: 'm1', target: 'm2', ties: 5 }]);
    // a-b inside m1, and e-a (both in m1); c-loose has an unplaced end.
    expect(overview.tiesWithin).toBe(2);
  });

  it('says so when no area lies below: every actor is unplaced', () => {
    const overview = areaOverview(buildAnalysisGraph({ ...zone, areaId: 'n1', areaKind: 'Neighbourhood' }));
    expect(overview).toMatchObject({ childKind: null, areas: [], ties: [], tiesWithin: 0 });
    expect(overview.unplaced).toBe(overview.actors);
  });
});
