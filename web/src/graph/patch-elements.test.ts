import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { buildElements, edgeElementId } from './build-elements';
import { clearFocus, focusNode } from './focus-node';
import { networkFixture } from './network.fixture';
import { patchElements } from './patch-elements';

// Cytoscape's headless core needs no DOM: element patching and focus are tested here, drawing in the browser test.
let cy: cytoscape.Core;
afterEach(() => cy?.destroy());

describe('patchElements', () => {
  it('adds everything to an empty graph in one batch', () => {
    cy = cytoscape({ headless: true });
    let batches = 0;
    const startBatch = cy.startBatch.bind(cy);
    cy.startBatch = () => {
      batches += 1;
      return startBatch();
    };
    expect(patchElements(cy, buildElements(networkFixture()))).toEqual({ added: 7, removed: 0, updated: 0 });
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.edges()).toHaveLength(3);
    expect(batches).toBe(1);
  });

  it('removes what is gone, keeps and updates what stays', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    const kept = cy.getElementById('org-caw');
    const next = networkFixture();
    next.nodes = next.nodes.filter((node) => node.id !== 'org-brugge');
    next.nodes[0] = { ...next.nodes[0]!, name: 'Stad Oostende' };
    const result = patchElements(cy, buildElements(next));
    expect(result).toEqual({ added: 0, removed: 2, updated: 5 });
    expect(cy.getElementById('org-brugge').empty()).toBe(true);
    expect(cy.getElementById(edgeElementId('org-caw--REFERS_TO--org-brugge')).empty()).toBe(true);
    expect(cy.getElementById('gem-oostende').data('label')).toBe('Stad Oostende');
    expect(cy.getElementById('org-caw').same(kept)).toBe(true);
  });

  it('updates classes, e.g. when an actor stops being a boundary partner', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    expect(cy.getElementById('org-brugge').hasClass('boundary')).toBe(true);
    const next = networkFixture();
    next.nodes[3] = { ...next.nodes[3]!, boundary: false };
    patchElements(cy, buildElements(next));
    expect(cy.getElementById('org-brugge').hasClass('boundary')).toBe(false);
    expect(cy.getElementById('org-brugge').hasClass('kind-Organisation')).toBe(true);
  });

  it('replaces an edge whose ends changed under the same id', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    const next = networkFixture();
    next.relations[1] = { ...next.relations[1]!, target: 'org-brugge' };
    const result = patchElements(cy, buildElements(next));
    expect(result.removed).toBe(1);
    expect(result.added).toBe(1);
    expect(cy.getElementById(edgeElementId(next.relations[1].id)).target().id()).toBe('org-brugge');
  });
});

describe('focusNode', () => {
  it('selects the node, highlights its neighbours and fades the rest', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    expect(focusNode(cy, 'bi-buren', { animate: false })).toBe(true);
    expect(cy.$(':selected').map((element) => element.id())).toEqual(['bi-buren']);
    expect(cy.getElementById('org-caw').hasClass('highlighted')).toBe(true);
    expect(cy.getElementById('gem-oostende').hasClass('faded')).toBe(true);
    clearFocus(cy);
    expect(cy.$(':selected')).toHaveLength(0);
    expect(cy.$('.faded, .highlighted')).toHaveLength(0);
  });

  it('returns false for an actor that is not drawn and changes nothing', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    expect(focusNode(cy, 'elsewhere', { animate: false })).toBe(false);
    expect(cy.$('.faded')).toHaveLength(0);
  });
});

describe('area groups', () => {
  it('moves nodes into and out of area groups without losing them', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    const groups = new Map([['org-caw', 'gem-oostende'], ['bi-buren', 'gem-oostende']]);
    patchElements(cy, buildElements(networkFixture(), { groups }));
    expect(cy.getElementById('org-caw').data('parent')).toBe('group:gem-oostende');
    expect(cy.getElementById('group:gem-oostende').children()).toHaveLength(2);
    patchElements(cy, buildElements(networkFixture()));
    expect(cy.getElementById('group:gem-oostende').empty()).toBe(true);
    expect(cy.getElementById('org-caw').parent().empty()).toBe(true);
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.edges()).toHaveLength(3);
  });

  it('never fades an area group, so the focused actor inside it stays visible', () => {
    const network = networkFixture();
    network.nodes.push({ ...network.nodes[1]!, id: 'org-far' });
    const groups = new Map([['org-caw', 'gem-oostende'], ['org-far', 'gem-oostende']]);
    cy = cytoscape({ headless: true, elements: buildElements(network, { groups }) });
    expect(focusNode(cy, 'org-caw', { animate: false })).toBe(true);
    expect(cy.getElementById('group:gem-oostende').hasClass('faded')).toBe(false);
    expect(cy.getElementById('org-far').hasClass('faded')).toBe(true);
    expect(cy.getElementById('org-caw').hasClass('highlighted')).toBe(true);
  });

  it('leaves unchanged elements alone and keeps the classes the canvas set', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    cy.getElementById('org-caw').addClass('highlighted');
    let dataEvents = 0;
    cy.on('data', () => {
      dataEvents += 1;
    });
    patchElements(cy, buildElements(networkFixture()));
    expect(dataEvents).toBe(0);
    expect(cy.getElementById('org-caw').hasClass('highlighted')).toBe(true);
    const sized = buildElements(networkFixture(), { sizeBy: new Map([['org-caw', 3]]) });
    patchElements(cy, sized);
    expect(cy.getElementById('org-caw').data('size')).toBe(64);
    expect(dataEvents).toBeGreaterThan(0);
  });
});
