import { nodeKinds } from '@weefsel/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildElements, edgeElementId, groupElementId, nodeSize, sizesFromMetric, type EdgeElementData, type NodeElementData } from './build-elements';
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

  it('gives nodes the positions asked for, and none when there are none', () => {
    const positions = new Map([['org-caw', { x: 12.5, y: -40 }]]);
    const nodes = buildElements(networkFixture(), { positions }).filter((element) => element.group === 'nodes');
    expect(nodes.find((node) => node.data.id === 'org-caw')?.position).toEqual({ x: 12.5, y: -40 });
    expect(nodes.find((node) => node.data.id === 'bi-buren')?.position).toBeUndefined();
    expect(buildElements(networkFixture()).some((element) => element.position)).toBe(false);
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
    expect(classesOf(byKind.LOCATED_IN?.classes)).toEqual(['tie-structural', 'relation-LOCATED_IN', 'status-ACTIVE', 'directed']);
    expect(classesOf(byKind.PARTNERS_WITH?.classes)).toEqual(['tie-collaboration', 'relation-PARTNERS_WITH', 'status-ACTIVE']);
    expect(classesOf(byKind.REFERS_TO?.classes)).toEqual(['tie-collaboration', 'relation-REFERS_TO', 'status-ACTIVE', 'directed']);
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

  it('classes planned and ended relations by their status', () => {
    const network = networkFixture();
    network.relations[1] = { ...network.relations[1]!, status: 'PLANNED' };
    network.relations[2] = { ...network.relations[2]!, status: 'ENDED' };
    const edges = buildElements(network).filter((element) => element.group === 'edges');
    expect(classesOf(edges[1]?.classes)).toContain('status-PLANNED');
    expect(classesOf(edges[2]?.classes)).toContain('status-ENDED');
    expect((edges[1]?.data as EdgeElementData).status).toBe('PLANNED');
  });

  it('sizes nodes by the square root of the metric, the largest value getting the largest size', () => {
    const sizeBy = new Map([['gem-oostende', 0], ['org-caw', 4], ['bi-buren', 1]]);
    const nodes = buildElements(networkFixture(), { sizeBy }).filter((element) => element.group === 'nodes');
    const size = (id: string) => (nodes.find((node) => node.data.id === id)?.data as NodeElementData).size;
    expect(size('org-caw')).toBe(nodeSize.max);
    expect(size('gem-oostende')).toBe(nodeSize.min);
    expect(size('bi-buren')).toBe(Math.round(nodeSize.min + 0.5 * (nodeSize.max - nodeSize.min)));
    // An actor without a value (the boundary partner) gets the minimum.
    expect(size('org-brugge')).toBe(nodeSize.min);
    expect(sizesFromMetric(new Map([['a', 0]])).get('a')).toBe(nodeSize.min);
  });

  it('draws area groups as compound parents before their children, with the area name', () => {
    const groups = new Map([['org-caw', 'gem-oostende'], ['gem-oostende', 'gem-oostende'], ['bi-buren', 'not-drawn']]);
    const elements = buildElements(networkFixture(), { groups, communities: new Map([['org-caw', 2]]) });
    expect(elements[0]).toMatchObject({ group: 'nodes', data: { id: groupElementId('gem-oostende'), label: 'Name of gem-oostende', group: true } });
    expect(elements.filter((element) => (element.data as { group?: boolean }).group)).toHaveLength(1);
    const byId = new Map(elements.map((element) => [element.data.id, element.data as NodeElementData]));
    expect(byId.get('org-caw')?.parent).toBe(groupElementId('gem-oostende'));
    expect(byId.get('org-caw')?.community).toBe(2);
    expect(byId.get('bi-buren')?.parent).toBeUndefined();
    expect(byId.get('bi-buren')?.community).toBe(-1);
  });
});
