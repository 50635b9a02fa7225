import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * Kept pictures in the browser: an editor drags an actor and it stays there for every user; the
 * editor can lay the scope out afresh, which forgets it. Dragging with the mouse, as a person would.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
const pages: { context: BrowserContext; page: Page; problems: string[] }[] = [];
let neighbourhood: string;

type Point = { x: number; y: number };

async function openAs(role: 'editor' | 'viewer'): Promise<Page> {
  const opened = await openPage(browser, app.url, { viewport: { width: 1366, height: 768 } });
  pages.push(opened);
  await logInThroughApi(opened.context, app.url, testUsers[role]);
  await opened.page.goto(`${app.url}/?area=${encodeURIComponent(neighbourhood)}`);
  await waitForDrawing(opened.page);
  return opened.page;
}

async function waitForDrawing(page: Page) {
  await page.waitForFunction((id) => document.body.dataset.graphState === 'ready' && window.__weefselCy?.getElementById(id).nonempty(), neighbourhood);
}

/** Model positions of every actor drawn. */
function positions(page: Page): Promise<Record<string, Point>> {
  return page.evaluate(() => {
    const drawn: Record<string, { x: number; y: number }> = {};
    window.__weefselCy!.nodes().forEach((node) => {
      if (!node.isParent()) drawn[node.id()] = { ...node.position() };
    });
    return drawn;
  });
}

async function keptLayout(): Promise<{ kept: boolean; positions: { actorId: string; x: number; y: number; pinned: boolean }[] }> {
  const res = await gql<{ networkLayout: { kept: boolean; positions: { actorId: string; x: number; y: number; pinned: boolean }[] } }>(
    app.url,
    'query ($scope: ScopeInput) { networkLayout(scope: $scope, minElements: 100000) { kept positions { actorId x y pinned } } }',
    { scope: { areaId: neighbourhood } },
    { as: 'viewer' },
  );
  return res.data!.networkLayout;
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  const areas = await gql<{ actors: { items: { id: string; name: string }[] } }>(app.url, '{ actors(filter: { kinds: [Neighbourhood] }, limit: 100) { items { id name } } }', {}, { as: 'viewer' });
  neighbourhood = areas.data!.actors.items.find((area) => area.name === 'Sint-Pieters')!.id;
});

afterAll(async () => {
  for (const { context } of pages) await context.close();
  await browser?.close();
  await app?.stop();
});

describe('kept pictures in the browser', () => {
  it("keeps an editor's drag for every user, and forgets it when the editor lays the scope out afresh", async () => {
    expect((await keptLayout()).kept).toBe(false);
    const editor = await openAs('editor');
    const before = await positions(editor);
    // An actor of the neighbourhood, dragged 90 px right and 60 px down on screen.
    const [actorId] = Object.keys(before).filter((id) => id !== neighbourhood);
    const start = await editor.evaluate((id) => {
      const node = window.__weefselCy!.getElementById(id);
      const box = window.__weefselCy!.container()!.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
    }, actorId!);
    await editor.mouse.move(start.x, start.y);
    await editor.mouse.down();
    for (let step = 1; step <= 10; step += 1) await editor.mouse.move(start.x + 9 * step, start.y + 6 * step);
    await editor.mouse.up();
    await editor.getByRole('status').filter({ hasText: 'staat nu voor iedereen op deze plaats' }).waitFor({ state: 'attached' });
    const dragged = (await positions(editor))[actorId!]!;
    expect(Math.hypot(dragged.x - before[actorId!]!.x, dragged.y - before[actorId!]!.y)).toBeGreaterThan(20);
    await editor.screenshot({ path: path.join(screenshotDir, 'kept-layout-dragged-nl-1366.png') });

    // The whole picture is kept, the dragged actor pinned where the editor let it go.
    const kept = await keptLayout();
    expect(kept.kept).toBe(true);
    const pin = kept.positions.find((p) => p.actorId === actorId)!;
    expect(pin.pinned).toBe(true);
    expect(pin.x).toBeCloseTo(dragged.x, 3);
    expect(pin.y).toBeCloseTo(dragged.y, 3);
    expect(kept.positions.filter((p) => p.pinned)).toHaveLength(1);

    // A viewer in another browser sees the editor's picture: every actor where the editor's is.
    const viewer = await openAs('viewer');
    const seen = await positions(viewer);
    const editors = await positions(editor);
    expect(Object.keys(seen).sort()).toEqual(Object.keys(editors).sort());
    for (const [id, point] of Object.entries(editors)) {
      expect(seen[id]!.x, id).toBeCloseTo(point.x, 3);
      expect(seen[id]!.y, id).toBeCloseTo(point.y, 3);
    }
    // Viewers have no button to lay out afresh.
    expect(await viewer.getByRole('button', { name: 'Schikking opnieuw berekenen' }).count()).toBe(0);

    await editor.getByRole('button', { name: 'Schikking opnieuw berekenen' }).click();
    await editor.getByRole('status').filter({ hasText: 'opnieuw berekend' }).waitFor({ state: 'attached' });
    await waitForDrawing(editor);
    expect((await keptLayout()).kept).toBe(false);
    const fresh = (await positions(editor))[actorId!]!;
    expect(Math.hypot(fresh.x - dragged.x, fresh.y - dragged.y)).toBeGreaterThan(1);
    for (const { problems } of pages) expect(problems).toEqual([]);
  }, 120_000);

  it('moves no actor already drawn when partners are added to the view, and puts the new ones beside them', async () => {
    const viewer = await openAs('viewer');
    const before = await positions(viewer);
    // An actor of the scope with partners the view does not show yet.
    let chosen: { id: string; partners: string[] } | undefined;
    for (const id of Object.keys(before)) {
      const ego = await gql<{ egoNetwork: { nodes: { id: string }[] } }>(app.url, 'query($id: ID!) { egoNetwork(actorId: $id, depth: 1) { nodes { id } } }', { id }, { as: 'viewer' });
      const partners = ego.data!.egoNetwork.nodes.map((node) => node.id).filter((other) => !(other in before));
      if (partners.length > 0) {
        chosen = { id, partners };
        break;
      }
    }
    expect(chosen).toBeDefined();
    await viewer.evaluate((id) => void window.__weefselCy!.getElementById(id).emit('tap'), chosen!.id);
    await viewer.locator('.actor-details').getByRole('button', { name: 'Partners tonen' }).click();
    await viewer.waitForFunction((ids) => document.body.dataset.graphState === 'ready' && ids.every((id) => window.__weefselCy?.getElementById(id).nonempty()), chosen!.partners);
    const after = await positions(viewer);
    for (const [id, point] of Object.entries(before)) {
      expect(after[id]!.x, id).toBeCloseTo(point.x, 3);
      expect(after[id]!.y, id).toBeCloseTo(point.y, 3);
    }
    const anchor = before[chosen!.id]!;
    const spread = Math.max(...Object.values(before).map((point) => Math.hypot(point.x - anchor.x, point.y - anchor.y)));
    for (const id of chosen!.partners) expect(Math.hypot(after[id]!.x - anchor.x, after[id]!.y - anchor.y), id).toBeLessThan(spread);
    await viewer.screenshot({ path: path.join(screenshotDir, 'kept-layout-expanded-nl-1366.png') });
  }, 120_000);
});
