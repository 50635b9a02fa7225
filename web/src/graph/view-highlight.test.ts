import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { buildElements, edgeElementId } from './build-elements';
import { viewClasses } from './graph-style';
import { networkFixture } from './network.fixture';
import { applyHighlight, applyOverlay } from './view-highlight';

let cy: cytoscape.Core;
afterEach(() => cy?.destroy());
const withClass = (className: string) => cy.$(`.${className}`).map((element) => element.id()).sort();

describe('applyHighlight', () => {
  it('highlights the asked actors and ties (by relation id) with their ends, and dims the rest', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    const relationId = 'org-caw--PARTNERS_WITH--bi-buren';
    expect(applyHighlight(cy, { nodes: ['gem-oostende'], edges: [relationId] })).toBe(2);
    expect(withClass(viewClasses.highlighted)).toEqual(['bi-buren', 'gem-oostende', 'org-caw', edgeElementId(relationId)].sort());
    expect(withClass(viewClasses.dimmed)).toContain('org-brugge');
    expect(withClass(viewClasses.dimmed)).not.toContain('org-caw');
  });

  it('highlights the ties among the named actors, so they are drawn bold', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    expect(applyHighlight(cy, { nodes: ['org-caw', 'bi-buren'], edges: [] })).toBe(2);
    expect(withClass(viewClasses.highlighted)).toEqual(['bi-buren', 'org-caw', edgeElementId('org-caw--PARTNERS_WITH--bi-buren')].sort());
    expect(withClass(viewClasses.dimmed)).toContain(edgeElementId('org-caw--REFERS_TO--org-brugge'));
  });

  it('counts only what is drawn, and clears with null', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    expect(applyHighlight(cy, { nodes: ['org-caw', 'elsewhere'], edges: [] })).toBe(1);
    applyHighlight(cy, null);
    expect(withClass(viewClasses.highlighted)).toEqual([]);
    expect(withClass(viewClasses.dimmed)).toEqual([]);
  });
});

describe('applyOverlay', () => {
  it('marks each kind of gap with its own class and clears them', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture()) });
    applyOverlay(cy, { isolated: ['bi-buren'], singlePointsOfFailure: ['org-caw'], informalWithoutFormalTies: ['bi-buren', 'missing'] });
    expect(withClass(viewClasses.isolated)).toEqual(['bi-buren']);
    expect(withClass(viewClasses.singlePointOfFailure)).toEqual(['org-caw']);
    expect(withClass(viewClasses.informalWithoutFormal)).toEqual(['bi-buren']);
    applyOverlay(cy, null);
    expect(withClass(viewClasses.isolated)).toEqual([]);
  });
});

describe('applyHighlight with area groups', () => {
  it('does not dim area groups, whose opacity would dim a highlighted child', () => {
    cy = cytoscape({ headless: true, elements: buildElements(networkFixture(), { groups: new Map([['org-caw', 'gem-oostende'], ['bi-buren', 'gem-oostende']]) }) });
    applyHighlight(cy, { nodes: ['org-caw'], edges: [] });
    expect(cy.getElementById('group:gem-oostende').hasClass(viewClasses.dimmed)).toBe(false);
    expect(cy.getElementById('bi-buren').hasClass(viewClasses.dimmed)).toBe(true);
  });
});
