import { nodeKinds } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildElements, edgeElementId, type EdgeElementData, type NodeElementData } from './build-elements';
import { networkFixture } from './network.fixture';

const classesOf = (classes: string | string[] | undefined) => (Array.isArray(classes) ? classes : (classes ?? '').split(' '));

describe('buildElements', () => {
  it('draws every actor as a node with its id, name and the colour of its kind', () => {
    const nodes = buildElements(networkFixture()).filter((element) => element.group === 'nodes');
    expect(nodes.map((node) => node.data.id)).toEqual(['gem-oostende', 'org-caw', 'bi-buren', 'org-brugge']);
    const municipality = nodes[0]?.data as NodeElementData;
    expect(municipality).toMatchObject({ label: 'Name of gem-oostende', kind: 'Municipality', boundary: false });
    expect(municipality.color).toBe(nodeKinds.Municipality.style.color);
    expect((nodes[2]?.data as NodeElementData).color).toBe(nodeKinds.CitizenInitiative.style.color);
    expect(classesOf(nodes[0]?.classes)).toEqual(['kind-Municipality']);
  });

  it('marks boundary actors with the boundary class', () => {
    const nodes = buildElements(networkFixture()).filter((element) => element.group === 'nodes');
    expect(classesOf(nodes[3]?.classes)).toEqual(['kind-Organisation', 'boundary']);
    expect((nodes[3]?.data as NodeElementData).boundary).toBe(true);
    expect(classesOf(nodes[1]?.classes)).not.toContain('boundary');
  });

  it('classes edges by tie and direction from the relation kind', () => {
    const edges = buildElements(networkFixture()).filter((element) => element.group === 'edges');
    const byKind = Object.fromEntries(edges.map((edge) => [(edge.data as EdgeElementData).kind, edge]));
    expect(classesOf(byKind.LOCATED_IN?.classes)).toEqual(['tie-structural', 'directed']);
    expect(classesOf(byKind.PARTNERS_WITH?.classes)).toEqual(['tie-collaboration']);
    expect(classesOf(byKind.REFERS_TO?.classes)).toEqual(['tie-collaboration', 'directed']);
    expect(byKind.REFERS_TO?.data).toMatchObject({
      id: edgeElementId('org-caw--REFERS_TO--org-brugge'),
      source: 'org-caw',
      target: 'org-brugge',
      tie: 'collaboration',
      directed: true,
    });
  });

  it('drops relations whose ends are not both drawn', () => {
    const network = networkFixture();
    network.relations.push({ ...network.relations[1]!, id: 'dangling', target: 'not-in-network' });
    network.relations.push({ ...network.relations[1]!, id: 'dangling-source', source: 'gone' });
    const edgeIds = buildElements(network)
      .filter((element) => element.group === 'edges')
      .map((edge) => edge.data.id);
    expect(edgeIds).toHaveLength(3);
    expect(edgeIds).not.toContain(edgeElementId('dangling'));
    expect(edgeIds).not.toContain(edgeElementId('dangling-source'));
  });

  it('gives nodes and edges distinct ids even when a relation id equals an actor id', () => {
    const network = networkFixture();
    network.relations[0] = { ...network.relations[0]!, id: 'org-caw' };
    const ids = buildElements(network).map((element) => element.data.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns nodes before edges, so Cytoscape can add them in one call', () => {
    const groups = buildElements(networkFixture()).map((element) => element.group);
    expect(groups).toEqual(['nodes', 'nodes', 'nodes', 'nodes', 'edges', 'edges', 'edges']);
  });
});
