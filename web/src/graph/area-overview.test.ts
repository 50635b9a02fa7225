import { describe, expect, it } from 'vitest';
import type { Network, NetworkActor } from '../api/network.types';
import { areaOverview, childAreaKind, overviewElements } from './area-overview';
import { fixtureActor, fixtureRelation as relation } from './network.fixture';

const actor = (id: string, kind: NetworkActor['kind'], boundary = false) => fixtureActor(id, kind, boundary, id);

/** A care zone with two municipalities, a neighbourhood in one, and a partner outside the zone. */
const zone: Network = {
  areaId: 'cz',
  areaKind: 'CareZone',
  asOf: null,
  nodes: [
    actor('cz', 'CareZone'),
    actor('m1', 'Municipality'),
    actor('m2', 'Municipality'),
    actor('n1', 'Neighbourhood'),
    actor('a', 'Organisation'),
    actor('b', 'Organisation'),
    actor('c', 'CitizenInitiative'),
    actor('d', 'Organisation'),
    actor('loose', 'Organisation'),
    actor('outside', 'Organisation', true),
  ],
  relations: [
    relation('PART_OF', 'm1', 'cz'),
    relation('PART_OF', 'm2', 'cz'),
    relation('PART_OF', 'n1', 'm1'),
    relation('LOCATED_IN', 'a', 'n1'),
    relation('LOCATED_IN', 'b', 'm1'),
    relation('LOCATED_IN', 'c', 'm2'),
    relation('LOCATED_IN', 'd', 'm2'),
    relation('PARTNERS_WITH', 'a', 'b'),
    relation('PARTNERS_WITH', 'a', 'c'),
    relation('REFERS_TO', 'b', 'd'),
    relation('PARTNERS_WITH', 'b', 'c', 'ENDED'),
    relation('PARTNERS_WITH', 'a', 'd', 'PLANNED'),
    relation('PARTNERS_WITH', 'a', 'outside'),
    relation('PARTNERS_WITH', 'c', 'loose'),
  ],
};

describe('area overview', () => {
  it('goes one area level down from the scope, as the data places them, and none below the smallest', () => {
    expect(childAreaKind(zone, null)).toBe('CareZone');
    expect(childAreaKind(zone, 'cz')).toBe('Municipality');
    expect(childAreaKind(zone, 'm1')).toBe('Neighbourhood');
    expect(childAreaKind(zone, 'n1')).toBeNull();
  });

  it('counts the actors of each area and bundles the current ties between areas, leaving out planned, ended and outside ones', () => {
    const overview = areaOverview(zone, 'Municipality');
    expect(overview.areas).toEqual([
      { id: 'm1', name: 'm1', actors: 2, tiesWithin: 1 },
      { id: 'm2', name: 'm2', actors: 2, tiesWithin: 0 },
    ]);
    expect(overview.ties).toEqual([{ source: 'm1', target: 'm2', ties: 2 }]);
    expect(overview.unplaced).toBe(1);
  });

  it('draws an area per node (its id, so choosing it opens it) and one line per pair of areas, as thick as its ties', () => {
    const elements = overviewElements(areaOverview(zone, 'Municipality'), (area) => `${area.name}: ${area.actors}`);
    expect(elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.label])).toEqual([['m1', 'm1: 2'], ['m2', 'm2: 2']]);
    const [line] = elements.filter((e) => e.group === 'edges');
    expect(line?.data).toMatchObject({ source: 'm1', target: 'm2', ties: 2, width: 12 });
  });
});
