import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tieKinds, type NodeKind } from '@weefsel/graph-schema';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';
import { apiNetwork as apiNetworkAt, waitForNodes as waitForNodesOn, type ApiNode } from './scope-nodes';

/**
 * The overview: a scope shown as its areas one level down, each with its actors counted as the
 * area's own network counts them, opened by choosing it, down to a neighbourhood's actors.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];


const apiNetwork = (areaId: string | null) => apiNetworkAt(app.url, areaId);

/** The actors an area's own network holds, as its key figures count them: inside it, of a kind that can hold a tie. */
const actorsOf = async (areaId: string) => (await apiNetwork(areaId)).filter((node) => !node.boundary && tieKinds.has(node.kind as NodeKind)).length;

/** What the map draws: node id to label. */
const drawn = () =>
  page.evaluate(() => {
    const labels: Record<string, string> = {};
    window.__weefselCy!.nodes().forEach((node) => {
      labels[node.id()] = String(node.data('label'));
    });
    return labels;
  });

const waitForNodes = (ids: string[]) => waitForNodesOn(page, ids);

/** The API's bundles of the region's overview. */
async function apiTies(): Promise<{ source: string; target: string; ties: number }[]> {
  const res = await gql<{ areaOverview: { ties: { source: string; target: string; ties: number }[] } }>(app.url, '{ areaOverview { ties { source target ties } } }', {}, { as: 'viewer' });
  return res.data!.areaOverview.ties;
}

/**
 * The map as drawn: each area's disc on screen, and whether the edge layer has ink at a screen
 * point (the bundles are drawn there, under the areas, not as Cytoscape's edges).
 */
/** An area's label: its name (whole, or shortened with an ellipsis), then its count whole on a line of its own. */
function expectAreaLabel(label: string | undefined, name: string, count: number): void {
  const [first = '', second, ...more] = (label ?? '').split('\n');
  expect(second, name).toBe(`${count} ${count === 1 ? 'actor' : 'actoren'}`);
  expect(more, name).toEqual([]);
  expect(first === name || (first.endsWith('…') && name.startsWith(first.slice(0, -1))), `${name}: ${first}`).toBe(true);
}

const drawnOverview = (points: { x: number; y: number }[]) =>
  page.evaluate((points) => {
    const cy = window.__weefselCy!;
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.edge-layer');
    const margin = -parseFloat(canvas?.style.left ?? '0');
    const inkAt = ({ x, y }: { x: number; y: number }) => (canvas?.getContext('2d')?.getImageData(Math.round(x + margin) - 1, Math.round(y + margin) - 1, 3, 3).data ?? []).some((value, index) => index % 4 === 3 && value > 0);
    return {
      edges: cy.edges().length,
      discs: cy.nodes().map((node) => ({ id: node.id(), ...node.renderedPosition(), radius: node.renderedWidth() / 2 })),
      ink: points.map(inkAt),
    };
  }, points);

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  ({ context, page, problems } = await openPage(browser, app.url, { viewport: { width: 1366, height: 768 } }));
  await logInThroughApi(context, app.url, testUsers.viewer);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

describe('overview by area', () => {
  it('opens the whole region (more than 150 actors) as its care zones by default; choosing one opens its actors, and actors can be chosen for the region', async () => {
    await page.goto(`${app.url}/`);
    const zones = (await apiNetwork(null)).filter((node) => node.kind === 'CareZone');
    await waitForNodes(zones.map((zone) => zone.id));
    expect(new URL(page.url()).searchParams.get('show')).toBeNull();
    await expect(page.getByLabel('Tonen als').inputValue()).resolves.toBe('areas');
    await expect(page.locator('#network-summary').textContent()).resolves.toContain('te veel om leesbaar te tekenen');

    // A care zone of the demo has fewer than 150 actors: it opens as its actors.
    const zone = zones.find((each) => each.name.includes('Brugge')) ?? zones[0]!;
    await page.evaluate((id) => void window.__weefselCy!.getElementById(id).emit('tap'), zone.id);
    await waitForNodes((await apiNetwork(zone.id)).map((node) => node.id));
    expect(await page.getByLabel('Gebied').inputValue()).toBe(zone.id);

    // Back to the region, then actors chosen: the choice is in the address, and the whole network is drawn.
    await page.goBack();
    await waitForNodes(zones.map((zone) => zone.id));
    await page.getByLabel('Tonen als').selectOption('actors');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('show') === 'actors');
    await waitForNodes((await apiNetwork(null)).map((node) => node.id));
    // Actors drawn: the controls that act on them and the legend of their kinds are back.
    await expect(page.getByLabel('Grootte volgens').count()).resolves.toBe(1);
    await expect(page.locator('.legend').getByText('Organisatie', { exact: true }).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows the region as its care zones, counted as each zone counts its actors, and opens them down to a neighbourhood', async () => {
    await page.goto(`${app.url}/?show=areas`);
    const zones = (await apiNetwork(null)).filter((node) => node.kind === 'CareZone');
    await waitForNodes(zones.map((zone) => zone.id));
    const labels = await drawn();
    let perZone = 0;
    for (const zone of zones) {
      const count = await actorsOf(zone.id);
      perZone += count;
      expectAreaLabel(labels[zone.id], zone.name, count);
    }
    const summary = (await page.locator('#network-summary').textContent())!;
    const together = Number(new RegExp(`^Overzicht: ${zones.length} eerstelijnszones met samen (\\d+) actoren`).exec(summary)?.[1]);
    // Actors active in two zones count in both labels but once in the total: the summary says so with the labels' sum.
    expect(perZone).toBeGreaterThan(together);
    expect(summary).toContain(`De aantallen per eerstelijnszone tellen samen op tot ${perZone}: een actor die in meer dan één eerstelijnszone actief is, telt in elk ervan mee.`);
    // The lines leave out the ties inside one zone: the summary gives both counts, as the API has them.
    const counted = await gql<{ areaOverview: { tiesWithin: number; ties: { ties: number }[] } }>(app.url, '{ areaOverview { tiesWithin ties { ties } } }', {}, { as: 'viewer' });
    const { tiesWithin, ties: bundles } = counted.data!.areaOverview;
    expect(tiesWithin).toBeGreaterThan(0);
    expect(summary).toContain(`${bundles.reduce((sum, bundle) => sum + bundle.ties, 0)} banden lopen tussen twee gebieden, ${tiesWithin} banden binnen één eerstelijnszone.`);
    // The legend and the controls speak of what is drawn: areas and bundled ties, nothing that acts on actors.
    const legend = page.locator('.legend');
    await expect(legend.textContent()).resolves.toContain('Eerstelijnszones: elk één knoop, zo groot als zijn aantal actoren');
    await expect(legend.textContent()).resolves.toContain('samenwerkingsbanden tussen hun actoren: hoe dikker, hoe meer');
    await expect(legend.getByText('Organisatie', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Grootte volgens').count()).resolves.toBe(0);
    await expect(page.getByText('In het overzicht is elk gebied één knoop.', { exact: false }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(screenshotDir, 'overview-region-nl-1366.png') });

    // Every bundle the API counts is drawn, on the edge layer: ink midway between its two areas; no
    // area's disc lies on another's.
    const ties = await apiTies();
    expect(ties.length).toBeGreaterThan(3);
    const { discs } = await drawnOverview([]);
    const at = new Map(discs.map((disc) => [disc.id, disc]));
    const middle = (a: string, b: string) => ({ x: (at.get(a)!.x + at.get(b)!.x) / 2, y: (at.get(a)!.y + at.get(b)!.y) / 2 });
    const seen = await drawnOverview(ties.map((tie) => middle(tie.source, tie.target)));
    expect(seen.edges).toBe(0);
    expect(seen.ink.every(Boolean)).toBe(true);
    for (const disc of discs) for (const other of discs) if (disc.id < other.id) expect(Math.hypot(disc.x - other.x, disc.y - other.y)).toBeGreaterThan(disc.radius + other.radius);
    // Fitted clear of the area trail above the map and the zoom buttons below it.
    const covers = await page.evaluate(() => {
      const origin = window.__weefselCy!.container()!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-covers-map]')].map((element) => {
        const rect = element.getBoundingClientRect();
        return { x1: rect.left - origin.left, y1: rect.top - origin.top, x2: rect.right - origin.left, y2: rect.bottom - origin.top };
      });
    });
    expect(covers.length).toBeGreaterThanOrEqual(2);
    for (const disc of discs) {
      for (const cover of covers) expect(disc.x + disc.radius < cover.x1 || disc.x - disc.radius > cover.x2 || disc.y + disc.radius < cover.y1 || disc.y - disc.radius > cover.y2, disc.id).toBe(true);
    }

    // Choosing a zone opens it, as its municipalities.
    const zone = zones.find((each) => each.name.includes('Brugge')) ?? zones[0]!;
    await page.evaluate((id) => void window.__weefselCy!.getElementById(id).emit('tap'), zone.id);
    const municipalities = (await apiNetwork(zone.id)).filter((node) => node.kind === 'Municipality' && !node.boundary);
    await waitForNodes(municipalities.map((each) => each.id));
    expect(await page.getByLabel('Gebied').inputValue()).toBe(zone.id);
    for (const municipality of municipalities) expectAreaLabel((await drawn())[municipality.id], municipality.name, await actorsOf(municipality.id));
    await page.screenshot({ path: path.join(screenshotDir, 'overview-care-zone-nl-1366.png') });

    // A municipality with neighbourhoods, then one of them: no smaller areas, so its actors.
    let municipality: ApiNode | undefined;
    let neighbourhoods: ApiNode[] = [];
    for (const each of municipalities) {
      neighbourhoods = (await apiNetwork(each.id)).filter((node) => node.kind === 'Neighbourhood' && !node.boundary);
      if (neighbourhoods.length > 0) {
        municipality = each;
        break;
      }
    }
    expect(municipality).toBeDefined();
    await page.evaluate((id) => void window.__weefselCy!.getElementById(id).emit('tap'), municipality!.id);
    await waitForNodes(neighbourhoods.map((each) => each.id));
    await page.evaluate((id) => void window.__weefselCy!.getElementById(id).emit('tap'), neighbourhoods[0]!.id);
    const inside = await apiNetwork(neighbourhoods[0]!.id);
    await waitForNodes(inside.map((node) => node.id));
    await expect(page.getByText('Dit gebied heeft geen kleinere gebieden: de actoren worden getoond.').count()).resolves.toBe(1);

    // Back steps up again, to the municipality's neighbourhoods.
    await page.goBack();
    await waitForNodes(neighbourhoods.map((each) => each.id));

    // From the keyboard: N marks an area without opening it, Enter opens it.
    await page.getByRole('application', { name: 'Netwerkkaart van de actoren en hun relaties' }).focus();
    await page.keyboard.press('n');
    const marked = await page.evaluate(() => window.__weefselCy!.nodes(':selected').map((node) => node.id()));
    expect(marked).toHaveLength(1);
    expect(await page.getByLabel('Gebied').inputValue()).toBe(municipality!.id);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('area') === id, marked[0]!);

    // Back again.
    await page.goBack();
    await waitForNodes(neighbourhoods.map((each) => each.id));
    expect(problems).toEqual([]);
  }, 120_000);

  it('does not dim the overview for a gap of actors it does not draw: it says so and offers the actors', async () => {
    await page.goto(`${app.url}/?show=areas&view=gaps`);
    const zones = (await apiNetwork(null)).filter((node) => node.kind === 'CareZone');
    await waitForNodes(zones.map((zone) => zone.id));
    const gap = page.locator('.gaps-view button.gap-button').first();
    await gap.click();
    const banner = page.locator('.highlight-banner');
    await expect.poll(() => banner.textContent()).toContain('Het overzicht toont alleen gebieden: de gemarkeerde actoren staan er niet op.');
    const dimmed = () => page.evaluate(() => window.__weefselCy!.elements('.view-dimmed').length);
    expect(await dimmed()).toBe(0);
    await banner.getByRole('button', { name: 'Toon de actoren' }).click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('show') === 'actors');
    // Among the actors, the gap's actors are highlighted and the rest dimmed.
    await expect.poll(() => page.evaluate(() => window.__weefselCy!.nodes('.view-highlighted').length), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await dimmed()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 120_000);
});
