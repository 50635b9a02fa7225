import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * Grouping by area draws one box per area (a Cytoscape compound node). Measured from what Cytoscape
 * draws, in several scopes of the demo: no two boxes overlap, nor does a box's bold name overlap
 * another box, no actor's name lies on a box it is not in, and no actor outside a box is drawn inside it.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

interface Area {
  id: string;
  name: string;
  kind: string;
}

async function areas(): Promise<Area[]> {
  const answer = await gql<{ actors: { items: Area[] } }>(app.url, '{ actors(filter: { kinds: [CareZone, Municipality] }, limit: 500) { items { id name kind } } }', {}, { as: 'viewer' });
  return answer.data!.actors.items;
}

async function neighbourhoodsIn(areaId: string): Promise<number> {
  const answer = await gql<{ network: { nodes: { kind: string; boundary: boolean }[] } }>(app.url, 'query($scope: ScopeInput) { network(scope: $scope) { nodes { kind boundary } } }', { scope: { areaId } }, { as: 'viewer' });
  return answer.data!.network.nodes.filter((node) => node.kind === 'Neighbourhood' && !node.boundary).length;
}

/** Pairs of boxes that overlap, in screen pixels, names on boxes they do not belong to, and actors outside any box drawn inside one. */
function measureBoxes(): Promise<{ boxes: number; overlaps: string[]; namesOverBoxes: string[]; namesOverOtherBoxes: string[]; strays: string[] }> {
  return page.evaluate(() => {
    const cy = window.__weefselCy!;
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const parents = cy.nodes(':parent');
    const shapes = parents.map((node) => ({ id: node.id(), box: node.renderedBoundingBox({ includeLabels: false }), withName: node.renderedBoundingBox({ includeLabels: true }) }));
    const [overlaps, namesOverBoxes] = [[] as string[], [] as string[]];
    for (const a of shapes) {
      for (const b of shapes) {
        if (a.id < b.id && overlap(a.box, b.box)) overlaps.push(`${a.id} / ${b.id}`);
        if (a.id !== b.id && overlap(a.withName, b.box)) namesOverBoxes.push(`name of ${a.id} / ${b.id}`);
      }
    }
    // An actor's drawn name lies on no box but its own.
    const namesOverOtherBoxes: string[] = [];
    cy.nodes()
      .filter((node) => !node.isParent() && String(node.style('label') ?? '') !== '')
      .forEach((node) => {
        const name = node.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
        for (const shape of shapes) if (shape.id !== node.parent().first().id() && overlap(name, shape.box)) namesOverOtherBoxes.push(`${node.id()} on ${shape.id}`);
      });
    const strays: string[] = [];
    cy.nodes()
      .filter((node) => !node.isParent() && node.parent().empty())
      .forEach((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        for (const shape of shapes) if (overlap(box, shape.box)) strays.push(`${node.id()} in ${shape.id}`);
      });
    return { boxes: shapes.length, overlaps, namesOverBoxes, namesOverOtherBoxes, strays };
  });
}

async function openGrouped(areaId: string, grouping: string) {
  await page.goto(`${app.url}/?area=${encodeURIComponent(areaId)}&grouping=${grouping}&show=actors`);
  const settled = () => page.waitForFunction(() => document.body.dataset.graphState === 'ready' && document.querySelector<HTMLElement>('[data-labels]')?.dataset.labels === 'placed');
  await settled();
  await page.waitForTimeout(300);
  await settled();
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  ({ context, page, problems } = await openPage(browser, app.url, { viewport: { width: 1366, height: 900 } }));
  await logInThroughApi(context, app.url, testUsers.viewer);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

describe('area boxes of "group by"', () => {
  it('keeps the boxes of every care zone grouped by municipality and by neighbourhood, and of municipalities grouped by neighbourhood, apart', async () => {
    const all = await areas();
    const zones = all.filter((area) => area.kind === 'CareZone');
    const municipalities: Area[] = [];
    for (const municipality of all.filter((area) => area.kind === 'Municipality')) if ((await neighbourhoodsIn(municipality.id)) >= 2) municipalities.push(municipality);
    expect(zones.length).toBeGreaterThan(3);
    expect(municipalities.length).toBeGreaterThan(0);
    const scopes = [
      ...zones.map((zone) => ({ area: zone, grouping: 'Municipality' })),
      ...zones.map((zone) => ({ area: zone, grouping: 'Neighbourhood' })),
      ...municipalities.map((municipality) => ({ area: municipality, grouping: 'Neighbourhood' })),
    ];
    const found: string[] = [];
    let boxesSeen = 0;
    for (const { area, grouping } of scopes) {
      await openGrouped(area.id, grouping);
      const measured = await measureBoxes();
      boxesSeen += measured.boxes;
      for (const [what, list] of [['boxes overlap', measured.overlaps], ['a name covers a box', measured.namesOverBoxes], ["an actor's name lies on another box", measured.namesOverOtherBoxes], ['an ungrouped actor lies in a box', measured.strays]] as const) {
        if (list.length > 0) found.push(`${area.name} by ${grouping}: ${what}: ${list.join(', ')}`);
      }
      if (grouping === 'Municipality' && area.name.includes('Westkust')) await page.screenshot({ path: path.join(screenshotDir, 'group-by-care-zone-westkust-municipality-1366.png') });
    }
    expect(boxesSeen).toBeGreaterThan(scopes.length);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);
});
