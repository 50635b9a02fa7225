import { describe, expect, it } from 'vitest';
import { buildElements } from '../../graph/build-elements';
import { fixtureRelation, networkFixture } from '../../graph/network.fixture';
import { legendContent } from './legend-content';

describe('legendContent', () => {
  it('lists only the kinds, relation kinds and line looks the map draws, in schema order', () => {
    const network = networkFixture();
    expect(legendContent(buildElements(network))).toEqual({
      kinds: ['Municipality', 'Organisation', 'CitizenInitiative'],
      // org-brugge, outside the area: the legend's faded sample has its shape.
      boundaryKind: 'Organisation',
      relationKinds: ['PARTNERS_WITH', 'REFERS_TO'],
      structural: true,
      planned: false,
      ended: false,
    });
    const planned = { ...network, relations: [...network.relations, fixtureRelation('FUNDS', 'gem-oostende', 'bi-buren', 'PLANNED')] };
    expect(legendContent(buildElements(planned))).toMatchObject({ relationKinds: ['PARTNERS_WITH', 'REFERS_TO', 'FUNDS'], planned: true, ended: false });
  });

  it('says nothing before anything is drawn, so the whole legend is shown', () => {
    expect(legendContent([])).toBeNull();
  });
});
