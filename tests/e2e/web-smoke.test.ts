import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { areaKinds, nodeKinds, tieKinds, type NodeKind, type Role } from '@weefsel/graph-schema';
import { createDemoUsers } from '../../api/src/startup/bootstrap-users';
import { gql, startTestApp, testPassword, testUsers } from '../support/test-app';
import { logInThroughApi, logInWithForm, openPage, screenshotDir, startBrowser } from './browser';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let demoPassword: string;

/** The page's Cytoscape instance (exposed as window.__weefselCy), read through playwright. */
const cyNodeCount = () => page.evaluate(() => window.__weefselCy?.nodes().length ?? 0);
const selectedIds = () => page.evaluate(() => window.__weefselCy?.$(':selected').map((element) => element.id()) ?? []);
const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

async function summaryCount(): Promise<number> {
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#network-summary')?.dataset.nodes) > 0);
  return Number(await page.getAttribute('#network-summary', 'data-nodes'));
}

async function apiNetwork(areaId: string | null): Promise<{ nodes: number; actors: number; boundary: number; careZones: number }> {
  const answer = await gql<{ network: { nodes: { boundary: boolean; kind: NodeKind }[] } }>(
    app.url,
    'query($scope: ScopeInput) { network(scope: $scope) { nodes { boundary kind } } }',
    { scope: areaId ? { areaId } : null },
    { as: 'viewer' },
  );
  expect(answer.errors).toBeUndefined();
  const { nodes } = answer.data!.network;
  return {
    nodes: nodes.length,
    actors: nodes.filter((node) => tieKinds.has(node.kind)).length,
    boundary: nodes.filter((node) => node.boundary).length,
    careZones: nodes.filter((node) => node.kind === 'CareZone').length,
  };
}

/** What the analysis counts in a scope: the figures the changes view and the report show. */
async function apiScopeCounts(areaId: string): Promise<{ actorCount: number; boundaryCount: number }> {
  const answer = await gql<{ networkMetrics: { summary: { actorCount: number; boundaryCount: number } } }>(
    app.url,
    'query($scope: ScopeInput) { networkMetrics(scope: $scope) { summary { actorCount boundaryCount } } }',
    { scope: { areaId } },
    { as: 'viewer' },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.networkMetrics.summary;
}

/** Logs the browser context in through the API (the cookie lands in the context's cookie jar). */
const logInAs = (role: Role) => logInThroughApi(context, app.url, testUsers[role]);

beforeAll(async () => {
  app = await startTestApp();
  demoPassword = (await createDemoUsers(app.store)) ?? '';
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  ({ context, page, problems } = await openPage(browser, app.url, { viewport: { width: 1280, height: 800 } }));
});

afterEach(async () => {
  await context.close();
});

describe('logging in', () => {
  it('asks an anonymous visitor to log in, refuses a wrong password, and lets the demo viewer in', async () => {
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    expect(await cyNodeCount()).toBe(0);
    await logInWithForm(page, 'demo-viewer', 'not the password');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Gebruikersnaam of wachtwoord klopt niet.');
    await shot('web-login');
    await logInWithForm(page, 'demo-viewer', demoPassword);
    // The demo region (more than 150 actors) opens as its care zones.
    expect(await summaryCount()).toBe((await apiNetwork(null)).careZones);
    expect(await page.textContent('.user-menu')).toContain('Aangemeld als demo-viewer (Lezer)');
    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await page.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    expect(problems).toEqual([]);
  });

  it("hides a transition manager's name from a viewer and shows it to an editor", async () => {
    const tm = 'tm-01';
    const selectAndRead = async () => {
      await summaryCount();
      // The node is tapped as a person would: once it is drawn.
      await page.waitForFunction((id) => document.body.dataset.graphState === 'ready' && window.__weefselCy?.getElementById(id).nonempty(), tm);
      // Braces: emit() returns the collection, which playwright would try to serialise.
      await page.evaluate((id) => {
        window.__weefselCy?.getElementById(id).emit('tap');
      }, tm);
      await page.waitForFunction(() => document.querySelector('.actor-details .actor-name')?.textContent);
      return {
        label: await page.evaluate((id) => window.__weefselCy?.getElementById(id).data('label') as string, tm),
        details: await page.textContent('.actor-details .actor-name'),
      };
    };
    // The region's actors, asked for: unasked it opens as its care zones.
    await page.goto(`${app.url}/?show=actors`);
    await logInWithForm(page, testUsers.viewer, testPassword);
    expect(await selectAndRead()).toEqual({ label: 'Transitiemanager', details: 'Transitiemanager' });
    expect(await page.content()).not.toContain('Lotte Voorbeeld');
    await shot('web-viewer-person-hidden');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForFunction((id) => window.__weefselCy?.getElementById(id).data('label') === 'Transition manager', tm);
    await page.getByRole('button', { name: 'NL', exact: true }).click();

    await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
    await logInWithForm(page, testUsers.editor, testPassword);
    expect(await selectAndRead()).toEqual({ label: 'Lotte Voorbeeld', details: 'Lotte Voorbeeld' });
    expect(problems).toEqual([]);
  });
});

describe('web app in a real browser', () => {
  beforeEach(() => logInAs('viewer'));

  it('opens in Dutch and draws the whole demo network when its actors are asked for', async () => {
    await page.goto(`${app.url}/?show=actors`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // The app first asks who is logged in, then renders: wait for the control before counting.
    await page.getByLabel('Gebied').waitFor();
    await expect(page.getByLabel('Gebied').count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Zoek een actor' }).count()).resolves.toBe(1);
    // Editing is for editors and admins: a viewer sees no button to add actors.
    await expect(page.getByRole('button', { name: 'Nieuwe actor' }).count()).resolves.toBe(0);

    const shown = await summaryCount();
    const whole = await apiNetwork(null);
    expect(shown).toBe(whole.nodes);
    expect(await cyNodeCount()).toBe(shown);
    // Neighbourhoods are drawn as places, not counted as actors.
    expect(whole.actors).toBeLessThan(whole.nodes);
    expect(await page.textContent('#network-summary')).toMatch(new RegExp(`^${whole.actors} actoren en \\d+ relaties getoond\\.`));
    await shot('web-network-nl');
    expect(problems).toEqual([]);
  });

  it('narrows the view to a care zone picked in the scope list', async () => {
    await page.goto(`${app.url}/?show=actors`);
    const whole = await summaryCount();
    const select = page.getByLabel('Gebied');
    await page.waitForFunction(() => document.querySelectorAll('select option').length > 1);
    const zone = await select.locator('optgroup[label="Eerstelijnszones"] option').first();
    const zoneId = (await zone.getAttribute('value'))!;
    await select.selectOption(zoneId);
    const expected = await apiNetwork(zoneId);
    expect(expected.nodes).toBeLessThan(whole);
    await page.waitForFunction((count) => window.__weefselCy?.nodes().length === count, expected.nodes);
    expect(await summaryCount()).toBe(expected.nodes);
    // Partners outside the zone are drawn faded, and the summary says how many there are.
    expect(await page.evaluate(() => window.__weefselCy?.nodes('.boundary').length)).toBe(expected.boundary);
    expect(Number(await page.getAttribute('#network-summary', 'data-boundary'))).toBe(expected.boundary);
    await shot('web-network-care-zone');
    expect(problems).toEqual([]);
  });

  it('counts the actors of a neighbourhood as the analysis does, and says the neighbourhood itself is a place', async () => {
    const placeKind = areaKinds.find((kind) => !tieKinds.has(kind))!;
    await page.goto(`${app.url}/?show=actors`);
    await page.waitForFunction(() => document.querySelectorAll('select option').length > 1);
    const options = page.getByLabel('Gebied').locator(`optgroup[label="${nodeKinds[placeKind].plural.nl}"] option`);
    const areaId = (await options.first().getAttribute('value'))!;
    await page.goto(`${app.url}/?area=${encodeURIComponent(areaId)}&show=actors`);
    const expected = await apiNetwork(areaId);
    await page.waitForFunction((count) => Number(document.querySelector<HTMLElement>('#network-summary')?.dataset.nodes) === count, expected.nodes);
    const actors = Number(await page.getAttribute('#network-summary', 'data-actors'));
    const boundary = Number(await page.getAttribute('#network-summary', 'data-boundary'));
    const analysis = await apiScopeCounts(areaId);
    expect(actors - boundary).toBe(analysis.actorCount);
    expect(boundary).toBe(analysis.boundaryCount);
    const text = (await page.textContent('#network-summary'))!;
    expect(text).toMatch(new RegExp(`^${actors} actoren en \\d+ relaties getoond\\.`));
    expect(text).toContain(`1 ${nodeKinds[placeKind].label.nl.toLowerCase()} is getekend als de plaats waar actoren actief zijn, niet als actor.`);
    expect(problems).toEqual([]);
  });

  it('lands on the area the user last looked at, and on the whole region when that area is gone', async () => {
    // A care zone picked, then Weefsel opened again without an address: back in that care zone.
    const select = page.getByLabel('Gebied');
    await page.goto(`${app.url}/?view=network`);
    await page.waitForFunction(() => document.querySelectorAll('select option').length > 1);
    const zoneId = (await select.locator('optgroup[label="Eerstelijnszones"] option').first().getAttribute('value'))!;
    await select.selectOption(zoneId);
    await page.goto(`${app.url}/`);
    await page.waitForFunction((count) => window.__weefselCy?.nodes().length === count, (await apiNetwork(zoneId)).nodes);
    expect(await select.inputValue()).toBe(zoneId);
    expect(new URL(page.url()).searchParams.get('area')).toBe(zoneId);

    // An area that no longer exists (or this user may not see) is forgotten: the region instead, without an error left on screen.
    await page.evaluate((user) => localStorage.setItem(`weefsel.lastArea.${user}`, 'nbh-demolished'), testUsers.viewer);
    await page.goto(`${app.url}/`);
    // The region, unasked, opens as its care zones.
    await page.waitForFunction((count) => window.__weefselCy?.nodes().length === count && !document.querySelector('[role=alert]'), (await apiNetwork(null)).careZones);
    expect(await select.inputValue()).toBe('');
    expect(await page.evaluate((user) => localStorage.getItem(`weefsel.lastArea.${user}`), testUsers.viewer)).toBe('');
  });

  it('finds "oostende" by search from the region\'s overview and focuses the chosen actor, among the actors, with the keyboard', async () => {
    await page.goto(`${app.url}/`);
    await summaryCount();
    const search = page.getByRole('combobox', { name: 'Zoek een actor' });
    await search.fill('oostende');
    // Scoped to the results: the scope <select> has options too.
    const results = page.getByRole('listbox', { name: 'Zoek een actor' });
    const option = results.getByRole('option', { name: /Sociaal Huis Oostende/ });
    await option.waitFor();
    const actorId = (await option.getAttribute('data-actor-id'))!;
    const options = await results.getByRole('option').all();
    const index = (await Promise.all(options.map((each) => each.getAttribute('data-actor-id')))).indexOf(actorId);
    for (let step = 0; step <= index; step += 1) await search.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await page.waitForFunction((id) => window.__weefselCy?.$(':selected').map((element) => element.id()).join() === id, actorId);
    expect(await selectedIds()).toEqual([actorId]);
    expect(new URL(page.url()).searchParams.get('show')).toBe('actors');
    expect(await page.textContent('.actor-details .actor-name')).toBe('Sociaal Huis Oostende');
    // Focus means centred: after the animation the node sits in the middle of the canvas.
    await page.waitForFunction((id) => {
      const cy = window.__weefselCy;
      if (!cy || cy.animated()) return false;
      const position = cy.getElementById(id).renderedPosition();
      return Math.abs(position.x - cy.width() / 2) < 20 && Math.abs(position.y - cy.height() / 2) < 20;
    }, actorId);
    await shot('web-search-focus');
    expect(problems).toEqual([]);
  });

  it('tells two actors of one name apart in the search by their ids', async () => {
    const organisation: NodeKind = 'Organisation';
    const twins = ['org-tellu-1', 'org-tellu-2'];
    for (const id of twins) await app.store.upsertActor({ id, kind: organisation, name: 'Tellu Tweeling' });
    await page.goto(`${app.url}/`);
    await summaryCount();
    await page.getByRole('combobox', { name: 'Zoek een actor' }).fill('tellu tweeling');
    const results = page.getByRole('listbox', { name: 'Zoek een actor' });
    await expect.poll(() => results.getByRole('option').count()).toBe(2);
    for (const id of twins) expect(await results.locator(`[data-actor-id="${id}"]`).textContent()).toBe(`Tellu Tweeling${nodeKinds.Organisation.label.nl} · ${id}`);
    // A name of its own shows no id.
    await page.getByRole('combobox', { name: 'Zoek een actor' }).fill('oostende');
    await results.getByRole('option', { name: /Sociaal Huis Oostende/ }).waitFor();
    expect(await results.locator('.search-result-id').count()).toBe(0);
    for (const id of twins) await app.store.deleteActor(id);
  });

  it('pans, zooms and chooses actors on the map from the keyboard', async () => {
    await page.goto(`${app.url}/?show=actors`);
    await summaryCount();
    await page.waitForFunction(() => document.body.dataset.graphState === 'ready');
    const map = page.getByRole('application', { name: 'Netwerkkaart van de actoren en hun relaties' });
    await map.focus();
    // The keys are said with the map and shown while it has the keyboard focus.
    await expect(map.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent())).resolves.toContain('N en Shift+N');
    const view = () => page.evaluate(() => ({ zoom: window.__weefselCy!.zoom(), pan: window.__weefselCy!.pan() }));
    const before = await view();
    await page.keyboard.press('ArrowRight');
    expect((await view()).pan.x).toBeCloseTo(before.pan.x - 60, 3);
    await page.keyboard.press('+');
    expect((await view()).zoom).toBeCloseTo(before.zoom * 1.25, 6);
    await shot('web-map-keyboard');

    // N chooses the top-left actor, then the next; its panel opens; Escape lets go.
    const order = await page.evaluate(() => {
      const actors: { id: string; x: number; y: number }[] = [];
      window.__weefselCy!.nodes().forEach((node) => {
        if (!node.isParent() && node.visible()) actors.push({ id: node.id(), ...node.renderedPosition() });
      });
      return actors.sort((a, b) => Math.floor(a.y / 40) - Math.floor(b.y / 40) || a.x - b.x).map((actor) => actor.id);
    });
    const first = order[0]!;
    await page.keyboard.press('n');
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('actor') === id, first);
    const name = await page.evaluate((id) => window.__weefselCy!.getElementById(id).data('label') as string, first);
    await expect(page.locator('.actor-details .actor-name').textContent()).resolves.toBe(name);
    await map.focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.get('actor'));
    expect(problems).toEqual([]);
  });

  it('switches labels and the lang attribute between Dutch and English', async () => {
    await page.goto(`${app.url}/`);
    await summaryCount();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByLabel('Area').waitFor();
    await expect(page.getByLabel('Area').count()).resolves.toBe(1);
    expect(await page.textContent('.legend')).toContain('Primary-care zone');
    // The region's first screen, its care zones, said in English.
    expect(await page.textContent('#network-summary')).toMatch(/^Overview: \d+ primary-care zones with \d+ actors in all; .* too many to draw legibly/);
    await shot('web-network-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(await page.textContent('.legend')).toContain('Eerstelijnszone');
    expect(problems).toEqual([]);
  });
});

describe('GraphiQL page', () => {
  beforeEach(() => logInAs('viewer'));

  it.each(['/graphiql.html', '/graphiql'])('%s loads offline and runs a query', async (pagePath) => {
    const graphqlOk = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.status() === 200);
    await page.goto(`${app.url}${pagePath}`);
    await page.locator('.graphiql-container').waitFor();
    await graphqlOk;
    // The editors are Monaco, whose language services run in bundled workers.
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await expect.poll(() => page.workers().map((worker) => path.basename(new URL(worker.url()).pathname))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^graphql\.worker-/), expect.stringMatching(/^editor\.worker-/)]),
    );
    await page.locator('.graphiql-execute-button').click();
    // The default query is a search for "oostende"; its first hit is at the top of the result pane.
    const answer = await gql<{ search: { name: string }[] }>(app.url, '{ search(text: "oostende", limit: 5) { name } }', {}, { as: 'viewer' });
    const firstName = answer.data?.search[0]?.name;
    expect(firstName).toBeTruthy();
    // Monaco renders spaces as no-break spaces: normalise before comparing.
    await page.waitForFunction(
      (name) => document.querySelector('.result-window')?.textContent?.replace(/\s+/g, ' ').includes(`"name": "${name}"`),
      firstName,
    );
    await shot(`graphiql${pagePath.replace(/\W/g, '-')}`);
    expect(problems).toEqual([]);
  });
});

describe('explorer on a phone (390 x 844)', () => {
  beforeEach(async () => {
    await logInAs('editor');
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it.each(['Netwerk', 'Hiaten', 'Domeinen', 'Buurt', 'Veranderingen'])('stacks the panels of "%s" under each other, without a page wider than the screen', async (tab) => {
    await page.goto(`${app.url}/?area=nbh-brugge-kristus-koning&show=actors`);
    await page.locator('body[data-graph-state="ready"]').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.waitForTimeout(500);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    const canvas = await page.locator('.canvas-area').boundingBox();
    expect(canvas!.width).toBeGreaterThan(300);
    expect(canvas!.height).toBeGreaterThan(400);
    // Both log-out buttons stay on the screen.
    for (const name of ['Afmelden', 'Overal afmelden']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(widths.screen);
    }
    // The first screen, and the one below it (the view's panel under the map).
    await shot(`phone-${tab.toLowerCase()}-nl-390`);
    await page.evaluate(() => window.scrollTo(0, window.innerHeight));
    await shot(`phone-${tab.toLowerCase()}-nl-390-below`);
    expect(problems).toEqual([]);
  });
});

describe('explorer on a tablet or small laptop (1024 x 768)', () => {
  beforeEach(async () => {
    await logInAs('editor');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  // Before the middle layout, the domain view's table and the side panel left the map 64 px, with its buttons drawn over the table.
  it.each([
    ['Netwerk', 400],
    ['Hiaten', 400],
    ['Domeinen', 300],
    ['Buurt', 400],
    ['Veranderingen', 400],
  ] as const)('keeps "%s" beside a map of at least %i px, its buttons on it, within the screen', async (tab, minMapWidth) => {
    await page.goto(`${app.url}/?area=cz-brugge&show=actors&actor=org-caw-nwvl`);
    await page.locator('body[data-graph-state="ready"]').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.waitForTimeout(500);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    const map = (await page.locator('.canvas-area').boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(minMapWidth);
    const controls = (await page.locator('.canvas-controls').boundingBox())!;
    expect(controls.x, 'map buttons start inside the map').toBeGreaterThanOrEqual(map.x);
    expect(controls.x + controls.width, 'map buttons end inside the map').toBeLessThanOrEqual(map.x + map.width);
    // Every tab can be reached: the bar scrolls sideways instead of running off the screen.
    const last = page.getByRole('tab').last();
    await last.scrollIntoViewIfNeeded();
    const box = (await last.boundingBox())!;
    expect(box.x + box.width, 'the last tab, scrolled to').toBeLessThanOrEqual(widths.screen);
    await shot(`tablet-${tab.toLowerCase()}-nl-1024`);
    expect(problems).toEqual([]);
  });

  it("shows all of an admin's ten tabs, in Dutch and in English, without scrolling the bar", async () => {
    await logInAs('admin');
    for (const language of ['NL', 'EN']) {
      await page.goto(`${app.url}/?area=cz-brugge`);
      await page.getByRole('button', { name: language, exact: true }).click();
      const tabs = page.getByRole('tab');
      await expect.poll(() => tabs.count()).toBe(10);
      const bar = await page.getByRole('tablist').first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(bar.scroll, `${language}: the tab bar needs no scrolling`).toBeLessThanOrEqual(bar.client);
      const last = (await tabs.last().boundingBox())!;
      expect(last.x + last.width, `${language}: the last tab`).toBeLessThanOrEqual(1024);
    }
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(problems).toEqual([]);
  });

  it("writes an actor's properties inside the side panel", async () => {
    await page.goto(`${app.url}/?area=cz-brugge&show=actors&actor=org-caw-nwvl`);
    const details = page.locator('.actor-details dd');
    await details.first().waitFor();
    // With the side panel narrowed for this width and the values beside the names, their column was
    // about 90 px and "jongvolwassenen 18-25" ran out of the panel.
    const overflowing = await details.evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));
    expect(overflowing).toEqual([]);
    const panel = (await page.locator('.sidebar').boundingBox())!;
    for (const cell of await details.all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width, await cell.textContent() ?? '').toBeLessThanOrEqual(panel.x + panel.width);
    }
    expect(problems).toEqual([]);
  });
});
