import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeKinds, relationKinds, type NodeKind, type RelationKind } from '@weefsel/graph-schema';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';
import { apiNetwork as apiNetworkAt, waitForNodes as waitForNodesOn } from './scope-nodes';

/**
 * Zooming moves between levels: in on an area of the overview until it fills a good part of the
 * map opens it, far out of an opened area goes back up; the breadcrumb over the map says where the
 * map is and leads back, and the next visit starts where the user last looked.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];


const apiNetwork = (areaId: string | null) => apiNetworkAt(app.url, areaId);

const waitForNodes = (ids: string[]) => waitForNodesOn(page, ids);

const areaInAddress = () => new URL(page.url()).searchParams.get('area');

/**
 * Zooms by `factor` around the screen point `at` (a node's centre, or the middle of the map), as a
 * wheel or pinch there would, as a gesture of its own: one begun as the map is drawn (or fitted) counts
 * as going on from the one before.
 */
async function zoomAround(factor: number, at: string | 'middle') {
  await page.waitForTimeout(300);
  await page.evaluate(
    ([factor, at]) => {
      const cy = window.__weefselCy!;
      const renderedPosition = at === 'middle' ? { x: cy.width() / 2, y: cy.height() / 2 } : cy.getElementById(at).renderedPosition();
      cy.zoom({ level: cy.zoom() * factor, renderedPosition });
    },
    [factor, at] as const,
  );
}

/** The zoom factor at which the node's disc is half the map's shorter side across. */
const factorToFill = (id: string) =>
  page.evaluate((id) => {
    const cy = window.__weefselCy!;
    return (0.5 * Math.min(cy.width(), cy.height())) / cy.getElementById(id).renderedWidth();
  }, id);

const trail = () => page.getByRole('navigation', { name: 'Kruimelpad' });

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

describe('semantic zoom in the overview', () => {
  it('opens a care zone zoomed in on, goes back by the breadcrumb or by zooming far out, and starts there next time', async () => {
    await page.goto(`${app.url}/`);
    const zones = (await apiNetwork(null)).filter((node) => node.kind === 'CareZone');
    await waitForNodes(zones.map((zone) => zone.id));
    await page.getByText('Zoom in op een gebied om het te openen; ver uitzoomen gaat een niveau terug.').waitFor();
    await expect(trail().locator('[aria-current="page"]').textContent()).resolves.toBe('Hele regio');
    await page.screenshot({ path: path.join(screenshotDir, 'semantic-zoom-region-nl-1366.png') });

    // A little zoom towards a zone, or zooming in on empty map, opens nothing.
    const zone = zones.find((each) => each.name.includes('Westkust')) ?? zones[0]!;
    await zoomAround(1.3, zone.id);
    await page.waitForTimeout(500);
    expect(areaInAddress()).toBeNull();
    await page.evaluate(() => window.__weefselCy!.fit(undefined, 30));

    // Zoomed in on the zone until it fills half the map: it opens (a demo care zone as its actors).
    await zoomAround(await factorToFill(zone.id), zone.id);
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('area') === id, zone.id);
    await waitForNodes((await apiNetwork(zone.id)).map((node) => node.id));
    await expect(page.getByLabel('Gebied').inputValue()).resolves.toBe(zone.id);
    await expect(trail().locator('[aria-current="page"]').textContent()).resolves.toBe(zone.name);

    // The breadcrumb leads back to the region's overview.
    await trail().getByRole('button', { name: 'Hele regio' }).click();
    await waitForNodes(zones.map((each) => each.id));
    expect(areaInAddress()).toBeNull();

    // Opened again; zooming out a little stays, zooming far out of it goes back up to the region.
    await page.evaluate((id) => void window.__weefselCy!.getElementById(id).emit('tap'), zone.id);
    await waitForNodes((await apiNetwork(zone.id)).map((node) => node.id));
    await zoomAround(0.7, 'middle');
    await page.waitForTimeout(500);
    expect(areaInAddress()).toBe(zone.id);
    await zoomAround(0.3, 'middle');
    await waitForNodes(zones.map((each) => each.id));
    expect(areaInAddress()).toBeNull();

    // Opened by zooming once more: a new visit without an address starts in that zone.
    await page.waitForTimeout(300);
    await zoomAround(await factorToFill(zone.id), zone.id);
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('area') === id, zone.id);
    await waitForNodes((await apiNetwork(zone.id)).map((node) => node.id));
    await page.goto(`${app.url}/`);
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('area') === id, zone.id);
    await waitForNodes((await apiNetwork(zone.id)).map((node) => node.id));
    expect(problems).toEqual([]);
  }, 120_000);

  it('opens an area zoomed in on with the mouse wheel', async () => {
    // An address of its own: without one, the page would start in the care zone opened last.
    await page.goto(`${app.url}/?view=network`);
    const zones = (await apiNetwork(null)).filter((node) => node.kind === 'CareZone');
    await waitForNodes(zones.map((zone) => zone.id));
    const zone = zones.find((each) => each.name.includes('Brugge')) ?? zones[0]!;
    const at = await page.evaluate((id) => {
      const cy = window.__weefselCy!;
      const box = cy.container()!.getBoundingClientRect();
      const point = cy.getElementById(id).renderedPosition();
      return { x: box.left + point.x, y: box.top + point.y };
    }, zone.id);
    // A turn of the wheel begun as the map is drawn belongs to the gesture that led here: start a new one.
    await page.waitForTimeout(300);
    await page.mouse.move(at.x, at.y);
    for (let turn = 0; turn < 40 && areaInAddress() !== zone.id; turn += 1) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(40);
    }
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('area') === id, zone.id);
    await waitForNodes((await apiNetwork(zone.id)).map((node) => node.id));
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('the breadcrumb', () => {
  it('names every area above a neighbourhood, as the placement relations nest them', async () => {
    // Independently of the app: the region's relations, walked up from the neighbourhood.
    const res = await gql<{ network: { nodes: { id: string; kind: string; name: string }[]; relations: { kind: string; source: string; target: string; status: string }[] } }>(
      app.url,
      '{ network { nodes { id kind name } relations { kind source target status } } }',
      {},
      { as: 'viewer' },
    );
    const { nodes, relations } = res.data!.network;
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const isArea = (id: string) => {
      const kind = byId.get(id)?.kind as NodeKind | undefined;
      return kind !== undefined && nodeKinds[kind].area;
    };
    const above = (id: string) =>
      relations
        .filter((r) => r.source === id && relationKinds[r.kind as RelationKind].placesIn && r.status !== 'ENDED' && isArea(r.target))
        .map((r) => r.target)
        .sort()[0];
    const neighbourhood = nodes.find((node) => node.kind === 'Neighbourhood' && above(node.id) && above(above(node.id)!))!;
    const names: string[] = [];
    for (let id: string | undefined = neighbourhood.id; id; id = above(id)) names.unshift(byId.get(id)!.name);
    expect(names).toHaveLength(3);

    await page.goto(`${app.url}/?area=${encodeURIComponent(neighbourhood.id)}`);
    await expect.poll(() => trail().locator('li').allTextContents()).toEqual(['Hele regio', ...names]);
  });
});
