import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGraphDocument } from '@weefsel/graph-schema';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { pdfPages } from '../support/pdf-text';
import { logInWithForm, openPage, screenshotDir, startBrowser } from './browser';

/**
 * The web explorer driven as an editor would use it, one step after the other on
 * the same page: scope, search, filter, recommendation, editing, export, language.
 */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];
let zoneId: string;
let actorId: string;

const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `explorer-${name}.png`) });
const cyActorCount = () => page.evaluate(() => window.__weefselCy?.nodes().filter((node) => !node.data('group')).length ?? 0);
const summaryNodes = async () => Number(await page.getAttribute('#network-summary', 'data-nodes'));

/** The care zones of the region: its first screen (the demo region has more than 150 actors). */
async function apiCareZoneCount(): Promise<number> {
  const answer = await gql<{ areaOverview: { areas: unknown[] } }>(app.url, '{ areaOverview { areas { id } } }', {}, { as: 'editor' });
  return answer.data!.areaOverview.areas.length;
}

async function apiNodeCount(areaId: string | null): Promise<number> {
  const answer = await gql<{ network: { nodes: unknown[] } }>(app.url, 'query($scope: ScopeInput) { network(scope: $scope) { nodes { id } } }', { scope: areaId ? { areaId } : null }, { as: 'editor' });
  return answer.data!.network.nodes.length;
}

/** Waits until the canvas draws exactly `count` actors and the summary says so. */
async function waitForActors(count: number) {
  await page.waitForFunction((expected) => {
    const cy = window.__weefselCy;
    const drawn = cy?.nodes().filter((node) => !node.data('group')).length;
    return drawn === expected && Number(document.querySelector<HTMLElement>('#network-summary')?.dataset.nodes) === expected;
  }, count);
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  ({ context, page, problems } = await openPage(browser, app.url, { acceptDownloads: true }));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

describe('web explorer, step by step as an editor', () => {
  it('opens the app and logs in, on the region as its care zones', async () => {
    await page.goto(`${app.url}/`);
    await logInWithForm(page, testUsers.editor);
    await waitForActors(await apiCareZoneCount());
    await expect(page.getByRole('tab', { name: 'Netwerk', exact: true }).getAttribute('aria-selected')).resolves.toBe('true');
    await shot('1-logged-in');
    expect(problems).toEqual([]);
  });

  it('moves between views with the arrow keys of the tab list', async () => {
    await page.getByRole('tab', { name: 'Netwerk', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Hiaten' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hiaten');
    expect(new URL(page.url()).searchParams.get('view')).toBe('gaps');
    // The canvas stays next to the analysis views.
    expect(await cyActorCount()).toBeGreaterThan(0);
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Netwerk', exact: true }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('picks a care zone and draws its network', async () => {
    const select = page.getByLabel('Gebied');
    await page.waitForFunction(() => document.querySelectorAll('select option').length > 1);
    zoneId = (await select.locator('optgroup[label="Eerstelijnszones"] option').first().getAttribute('value'))!;
    await select.selectOption(zoneId);
    await waitForActors(await apiNodeCount(zoneId));
    expect(new URL(page.url()).searchParams.get('area')).toBe(zoneId);
    await shot('2-care-zone');
    expect(problems).toEqual([]);
  });

  it('searches an actor and opens its panel', async () => {
    const ids = await page.evaluate(() => window.__weefselCy?.nodes('.kind-Organisation').map((node) => [node.id(), node.data('label') as string]) ?? []);
    const [id, name] = ids.find(([, label]) => (label ?? '').length > 6)!;
    actorId = id!;
    const search = page.getByRole('combobox', { name: 'Zoek een actor' });
    await search.fill(name!.slice(0, 12));
    const option = page.getByRole('listbox', { name: 'Zoek een actor' }).locator(`[data-actor-id="${actorId}"]`);
    await option.waitFor();
    await option.dispatchEvent('mousedown');
    await page.waitForFunction((expected) => window.__weefselCy?.$(':selected').map((node) => node.id()).join() === expected, actorId);
    expect(await page.textContent('.actor-details .actor-name')).toBe(name);
    await page.locator('.actor-ties').waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe(actorId);
    await shot('3-actor-panel');
  });

  it('applies a kind filter: fewer actors are drawn, and clearing brings them back', async () => {
    const before = await summaryNodes();
    await page.getByText('Soorten actoren', { exact: true }).first().click();
    await page.getByRole('checkbox', { name: 'Organisaties' }).check();
    const expected = await page.evaluate(() => window.__weefselCy?.nodes('.kind-Organisation').length ?? 0);
    await waitForActors(expected);
    expect(expected).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('Organisation');
    await shot('4-filtered');
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await waitForActors(before);
  });

  it('groups actors by municipality in boxes and lays them out by community', async () => {
    const before = await summaryNodes();
    await page.getByLabel('Groeperen per').selectOption('Municipality');
    await page.waitForFunction(() => (window.__weefselCy?.nodes('.area-group').length ?? 0) > 0);
    const grouped = await page.evaluate(() => window.__weefselCy?.nodes('.area-group').map((group) => group.children().length) ?? []);
    expect(grouped.every((children) => children > 0)).toBe(true);
    expect(await cyActorCount()).toBe(before);
    expect(new URL(page.url()).searchParams.get('grouping')).toBe('Municipality');
    await shot('4b-grouped');
    await page.getByLabel('Groeperen per').selectOption('none');
    await page.waitForFunction(() => window.__weefselCy?.nodes('.area-group').length === 0);
    await page.getByLabel('Schikking').selectOption('community');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('layout') === 'community');
    expect(await cyActorCount()).toBe(before);
    await shot('4c-community-layout');
    // CiSE cannot draw area boxes: with grouping back on, the page says fCoSE draws instead.
    const groupedHint = page.getByText('Met vakken per gebied schikt fCoSE het netwerk');
    expect(await groupedHint.isVisible()).toBe(false);
    await page.getByLabel('Groeperen per').selectOption('Municipality');
    await groupedHint.waitFor();
    await page.getByLabel('Groeperen per').selectOption('none');
    await page.getByLabel('Schikking').selectOption('fcose');
    expect(problems).toEqual([]);
  });

  it('shows partner recommendations with explanations and accepts one as a planned tie', async () => {
    // The first one not yet tied to the actor (a partner of years ago may come back, marked "Al verbonden").
    const first = page.locator('.recommendation-list li').filter({ has: page.getByRole('button', { name: /Plan samenwerking met/ }) }).first();
    await first.waitFor();
    const partnerId = (await first.getAttribute('data-actor-id'))!;
    expect(await first.locator('.likelihood-reasons').textContent()).toMatch(/^Waarom waarschijnlijk: .{10}/);
    expect(await first.locator('.value-reasons').textContent()).toMatch(/^Wat het oplevert: .{10}/);
    // Another order is another question: the most valuable first, then the most likely first.
    const sortedBy = async (ranking: string, attribute: string) => {
      await page.getByLabel('Volgorde').selectOption(ranking);
      const list = page.locator(`.recommendation-list[data-ranking="${ranking}"] li`);
      await list.first().waitFor();
      const values = await list.evaluateAll((lis, name) => lis.map((li) => Number(li.getAttribute(name))), attribute);
      expect(values).toEqual([...values].sort((x, y) => y - x));
    };
    await sortedBy('VALUABLE', 'data-value');
    await sortedBy('LIKELY', 'data-relative-likelihood');
    await page.getByLabel('Volgorde').selectOption('BALANCED');
    await page.locator('.recommendation-list[data-ranking="BALANCED"] li').first().waitFor();
    await first.getByRole('button', { name: /Plan samenwerking met/ }).click();
    await page.waitForFunction(
      ([source, target]) =>
        window.__weefselCy?.edges('.status-PLANNED').some((edge) => [edge.data('source'), edge.data('target')].sort().join() === [source, target].sort().join()),
      [actorId, partnerId],
    );
    await expect(page.getByRole('status').filter({ hasText: 'Geplande samenwerking' }).count()).resolves.toBeGreaterThan(0);
    await shot('5-accepted');
    expect(problems).toEqual([]);
  });

  it('expands the neighbours of an actor into the view', async () => {
    const ego = await gql<{ egoNetwork: { nodes: { id: string }[] } }>(app.url, 'query($id: ID!) { egoNetwork(actorId: $id, depth: 1) { nodes { id } } }', { id: actorId }, { as: 'editor' });
    const egoIds = ego.data!.egoNetwork.nodes.map((node) => node.id);
    await page.locator('.actor-details').getByRole('button', { name: 'Partners tonen' }).click();
    await page.waitForFunction((ids) => ids.every((id) => window.__weefselCy?.getElementById(id).nonempty()), egoIds);
    // "1 partner van ..." or "3 partners van ...": the count decides the form.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /\d+ partners? van / }).count()).toBe(1);
  });

  it('creates an actor (showing a field error first) and deletes it after confirmation', async () => {
    await page.getByRole('button', { name: 'Nieuwe actor' }).click();
    const form = page.locator('form.actor-form');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    // The API's issue for the empty name is shown at the name field, in Dutch (from its code).
    await expect(form.locator('.field-error').first().textContent()).resolves.toBe('naam: mag niet leeg zijn');
    await expect(form.getByLabel('naam').getAttribute('aria-invalid')).resolves.toBe('true');
    await shot('6-field-error');
    const before = await summaryNodes();
    await form.getByLabel('naam').fill('Buurtkeuken Testwijk');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForFunction(() => document.querySelector('.actor-details .actor-name')?.textContent === 'Buurtkeuken Testwijk');
    const created = await page.evaluate(() => window.__weefselCy?.nodes().filter((node) => node.data('label') === 'Buurtkeuken Testwijk').map((node) => node.id()) ?? []);
    expect(created).toHaveLength(1);
    await waitForActors(before + 1);
    await shot('7-created');

    // A relation from the new actor: only kinds the schema allows between the two ends are offered.
    await page.getByRole('button', { name: 'Nieuwe relatie' }).click();
    const relationForm = page.locator('form.relation-form');
    // The partner picker finds the organisation chosen earlier by a part of its name.
    const partnerName = await page.evaluate((id) => window.__weefselCy?.getElementById(id).data('label') as string, actorId);
    await relationForm.getByRole('combobox', { name: 'naar' }).fill(partnerName.slice(0, 10));
    const partner = relationForm.getByRole('listbox', { name: 'naar' }).locator(`[data-actor-id="${actorId}"]`);
    await partner.waitFor();
    await partner.dispatchEvent('mousedown');
    const target = actorId;
    await relationForm.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForFunction(
      ([source, to]) => window.__weefselCy?.edges().some((edge) => edge.data('source') === source && edge.data('target') === to),
      [created[0]!, target],
    );
    const edgeOf = (from: string, to: string) =>
      page.evaluate(([source, end]) => window.__weefselCy?.edges().filter((edge) => edge.data('source') === source && edge.data('target') === end).map((edge) => edge.id()) ?? [], [from, to]);
    const [edgeId] = await edgeOf(created[0]!, target);

    // Edit it (status planned: drawn dashed), then delete it after confirmation.
    const tie = page.locator('.actor-ties li').first();
    await tie.getByRole('button', { name: 'Relatie bewerken' }).click();
    await page.locator('form.relation-form').getByLabel('status').selectOption('PLANNED');
    await page.locator('form.relation-form').getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForFunction((id) => window.__weefselCy?.getElementById(id).hasClass('status-PLANNED'), edgeId!);
    await page.locator('.actor-ties li').first().getByRole('button', { name: 'Relatie verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.waitForFunction((id) => window.__weefselCy?.getElementById(id).empty(), edgeId!);

    await page.locator('.actor-details').getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await waitForActors(before);
    expect(await page.evaluate((id) => window.__weefselCy?.getElementById(id).empty(), created[0]!)).toBe(true);
    const left = await gql<{ actor: unknown }>(app.url, 'query($id: ID!) { actor(id: $id) { id } }', { id: created[0] }, { as: 'editor' });
    expect(left.data?.actor).toBeNull();
    expect(problems).toEqual([]);
  });

  it('exports the view as a PNG image', async () => {
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Beeld (PNG)' }).click();
    const file = await (await downloaded).path();
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
    await shot('8-exported');
  });

  it("downloads the care zone's report as a PDF, titled with the zone, its figures compared with the chosen day", async () => {
    await page.getByLabel('Kerncijfers vergelijken met').fill('2024-01-01');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rapport (PDF)' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^weefsel-rapport-.+\.pdf$/);
    const text = (await pdfPages(await readFile(await download.path()))).join(' ');
    const zone = await gql<{ actor: { name: string } }>(app.url, 'query($id: ID!) { actor(id: $id) { name } }', { id: zoneId }, { as: 'editor' });
    expect(text).toContain(`Netwerkrapport ${zone.data!.actor.name}`);
    expect(text).toContain('Op 1 januari 2024');
    await page.getByRole('status').filter({ hasText: 'Gedownload: weefsel-rapport' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('exports the view as SVG and its data as JSON (a valid interchange document) and CSV', async () => {
    /** Clicks an export button and reads the `count` files it downloads. */
    const fileOf = async (button: string, count = 1) => {
      const all: Download[] = [];
      const collect = (download: Download) => all.push(download);
      page.on('download', collect);
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => all.length).toBe(count);
      page.off('download', collect);
      return Promise.all(all.map(async (d) => ({ name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') })));
    };
    const drawn = await page.evaluate(() => window.__weefselCy?.nodes().filter((node) => !node.data('group')).length ?? 0);

    const before = problems.length;
    const [svg] = await fileOf('Beeld (SVG)');
    expect(svg!.text).toMatch(/<svg[\s>]/);
    // A picture to hand on: the area and day above the map, the legend and the source below it.
    const zone = await gql<{ actor: { name: string } }>(app.url, 'query($id: ID!) { actor(id: $id) { name } }', { id: zoneId }, { as: 'editor' });
    expect(svg!.text).toContain(`>${zone.data!.actor.name}, stand op `);
    expect(svg!.text).toContain('>Organisatie</text>');
    expect(svg!.text).toContain('>Bron: Weefsel, ');
    // Every label is in the drawing (a fill and an outline text per actor).
    expect((svg!.text.match(/<text/g) ?? []).length).toBeGreaterThanOrEqual(drawn);
    // canvas2svg (inside cytoscape-svg) logs this when a label's outline is stroked after its text
    // (gliffy/canvas2svg#52, open upstream); the drawing is complete, as checked above. Anything
    // else logged during the export still fails the test.
    const logged = problems.splice(before);
    expect(logged.filter((problem) => problem !== 'console error: Attempted to apply path command to node text')).toEqual([]);

    const [json] = await fileOf('Gegevens (JSON)');
    const doc = validateGraphDocument(JSON.parse(json!.text));
    expect(doc.actors.length).toBe(drawn);
    const ids = new Set(doc.actors.map((a) => a.id));
    expect(doc.relations.every((r) => ids.has(r.source) && ids.has(r.target))).toBe(true);

    const csvs = await fileOf('Gegevens (CSV)', 2);
    const actorsCsv = csvs.find((f) => f.name.endsWith('.actors.csv'));
    expect(actorsCsv?.text.replace(/^\ufeff/, '').trim().split(/\r?\n/).length).toBe(drawn + 1);
    expect(csvs.some((f) => f.name.endsWith('.relations.csv'))).toBe(true);
  });

  it('restores scope and selection from the URL and steps back through history', async () => {
    // The actor list is the canvas's text alternative: choosing there selects as a click on the canvas does.
    const name = await page.evaluate((id) => window.__weefselCy?.getElementById(id).data('label') as string, actorId);
    await page.locator('.actor-list').getByRole('button', { name, exact: true }).click();
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('actor') === id, actorId);
    await page.reload();
    await waitForActors(await apiNodeCount(zoneId));
    await expect(page.getByLabel('Gebied').inputValue()).resolves.toBe(zoneId);
    await page.waitForFunction((expected) => document.querySelector('.actor-details .actor-name')?.textContent === expected, name);
    expect(await page.evaluate(() => window.__weefselCy?.$(':selected').map((node) => node.id()))).toEqual([actorId]);
    await page.getByRole('tab', { name: 'Domeinen' }).click();
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Netwerk');
  });

  it('opens an actor named in a link to the whole region, which opens as its care zones, among the actors', async () => {
    const name = await page.evaluate((id) => window.__weefselCy?.getElementById(id).data('label') as string, actorId);
    await page.goto(`${app.url}/?actor=${actorId}`);
    await page.waitForFunction((expected) => document.querySelector('.actor-details .actor-name')?.textContent === expected, name);
    expect(new URL(page.url()).searchParams.get('show')).toBe('actors');
    await page.waitForFunction((id) => window.__weefselCy?.$(':selected').map((node) => node.id()).join() === id, actorId);
    expect(problems).toEqual([]);
  });

  it('switches the language to English and back', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('tab', { name: 'Network', exact: true }).waitFor();
    expect(await page.textContent('.network-controls')).toContain('Size by');
    await shot('9-english');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('tab', { name: 'Netwerk', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
