import type { Browser, Page } from 'playwright-core';
import { generateGraph } from '@weefsel/seeds';
import { gql, startTestApp, testUsers, type TestApp } from '../support/test-app';
import { logInThroughApi } from '../e2e/browser';
import { readyProbe } from './web-bench-probe';

/**
 * The overview of a large region (`npm run bench:web -- --overview 50000`): the `areaOverview` call
 * over HTTP, and the page's first screen of the whole region (its care zones) in Chromium, from
 * navigation start to the areas drawn and painted. Target: under 2 s at 50,000 actors.
 * "After an edit": a write moved the store's change mark, so the API reads the region again.
 */
export interface OverviewFigures {
  actors: number;
  relations: number;
  areas: number;
  /** ms: first call on a fresh server, calls right after an edit, warm calls. */
  http: { fresh: number; afterEdit: number[]; warm: number[] };
  /** ms from navigation start to the overview painted, and to the last GraphQL answer before that. */
  page: { afterEdit: number[]; warm: number[]; afterEditData: number[]; warmData: number[] };
  /** The largest care zone, opened by a click on it in the warm overview: ms from the click to its own areas painted. */
  zone: { name: string; actors: number; areas: number; open: number[] };
}

const overviewQuery = '{ areaOverview { childKind actors areas { id name kind actors } ties { source target ties } } }';
const zoneQuery = 'query ($id: ID!) { areaOverview(scope: { areaId: $id }) { areas { id } } }';

interface Zone {
  id: string;
  name: string;
  actors: number;
  /** Its own areas (municipalities), what opening it draws. */
  areas: number;
}

async function largestZone(app: TestApp): Promise<Zone> {
  const res = await gql<{ areaOverview: { areas: { id: string; name: string; actors: number }[] } }>(app.url, overviewQuery, {}, { as: 'viewer' });
  const zone = [...(res.data?.areaOverview.areas ?? [])].sort((a, b) => b.actors - a.actors)[0];
  if (!zone) throw new Error('web.bench: the overview has no area to open');
  const own = await gql<{ areaOverview: { areas: unknown[] } }>(app.url, zoneQuery, { id: zone.id }, { as: 'viewer' });
  if (own.errors) throw new Error(`web.bench: areaOverview of ${zone.id} failed: ${JSON.stringify(own.errors)}`);
  return { ...zone, areas: own.data!.areaOverview.areas.length };
}

/**
 * Clicks the zone's node in the overview the page shows (a real mouse click at its drawn place)
 * and times, in the page, from the click to the zone's own areas laid out and painted.
 */
async function openZone(page: Page, zone: Zone, timeoutMs: number): Promise<number> {
  const at = await page.evaluate((id) => {
    const cy = window.__weefselCy!;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.$id(id).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, zone.id);
  const clicked = await page.evaluate(() => performance.now());
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(
    ({ id, areas }) => {
      const cy = window.__weefselCy;
      return document.body.dataset.graphState === 'ready' && !!cy && cy.$id(id).empty() && cy.nodes().length >= areas;
    },
    { id: zone.id, areas: zone.areas },
    { timeout: timeoutMs, polling: 'raf' },
  );
  // One more painted frame, as for the overview.
  const painted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
  return painted - clicked;
}

async function timedCall(app: TestApp): Promise<{ ms: number; areas: number }> {
  const started = performance.now();
  const res = await gql<{ areaOverview: { areas: unknown[] } }>(app.url, overviewQuery, {}, { as: 'viewer' });
  const ms = performance.now() - started;
  if (res.errors) throw new Error(`web.bench: areaOverview failed: ${JSON.stringify(res.errors)}`);
  return { ms, areas: res.data!.areaOverview.areas.length };
}

let edits = 0;
async function edit(app: TestApp): Promise<void> {
  edits += 1;
  const res = await gql(app.url, `mutation { upsertActor(input: { id: "ci-bench-overview", kind: CitizenInitiative, name: "Bench edit ${edits}" }) { id } }`, {}, { as: 'editor' });
  if (res.errors) throw new Error(`web.bench: the edit failed: ${JSON.stringify(res.errors)}`);
}

async function pageVisit(browser: Browser, app: TestApp, areas: number, timeoutMs: number, zone?: Zone): Promise<{ at: number; dataAt: number; zoneMs?: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    await logInThroughApi(context, app.url, testUsers.viewer);
    const page = await context.newPage();
    await page.addInitScript({ content: readyProbe(areas) });
    // No `show` in the address: a region this large opens as its areas.
    await page.goto(`${app.url}/`);
    await page.waitForFunction(() => window.__benchReady !== undefined, undefined, { timeout: timeoutMs, polling: 50 });
    const ready = (await page.evaluate(() => window.__benchReady)) as NonNullable<Window['__benchReady']>;
    if (ready.nodes !== areas) throw new Error(`web.bench: the overview drew ${ready.nodes} nodes, expected ${areas} areas`);
    return { at: ready.at, dataAt: ready.dataAt, ...(zone ? { zoneMs: await openZone(page, zone, timeoutMs) } : {}) };
  } finally {
    await context.close();
  }
}

export async function measureOverview(browser: Browser, options: { actors: number; seed: number; runs: number; timeoutMs: number }): Promise<OverviewFigures> {
  const doc = generateGraph({ seed: options.seed, actors: options.actors });
  const app = await startTestApp({ seed: false });
  try {
    await app.store.importGraph(doc);
    // The import held the event loop for seconds: let the server close the idle keep-alive sockets
    // of the logins now, not under the timed request (fetch then fails with "other side closed").
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = await timedCall(app);
    const zone = await largestZone(app);
    const figures: OverviewFigures = {
      actors: doc.actors.length,
      relations: doc.relations.length,
      areas: first.areas,
      http: { fresh: first.ms, afterEdit: [], warm: [] },
      page: { afterEdit: [], warm: [], afterEditData: [], warmData: [] },
      zone: { name: zone.name, actors: zone.actors, areas: zone.areas, open: [] },
    };
    for (let run = 0; run < options.runs; run += 1) {
      await edit(app);
      figures.http.afterEdit.push((await timedCall(app)).ms);
      figures.http.warm.push((await timedCall(app)).ms);
      await edit(app);
      const afterEdit = await pageVisit(browser, app, first.areas, options.timeoutMs);
      const warm = await pageVisit(browser, app, first.areas, options.timeoutMs, zone);
      if (warm.zoneMs !== undefined) figures.zone.open.push(warm.zoneMs);
      figures.page.afterEdit.push(afterEdit.at);
      figures.page.afterEditData.push(afterEdit.dataAt);
      figures.page.warm.push(warm.at);
      figures.page.warmData.push(warm.dataAt);
    }
    return figures;
  } finally {
    await app.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const range = (values: number[]) => `${seconds(median(values))} (${seconds(Math.min(...values))}-${seconds(Math.max(...values))}, ${values.length})`;
const verdict = (ms: number) => (ms < 2000 ? 'met' : 'missed');

export function overviewRows(f: OverviewFigures): string[] {
  return [
    `\nOverview of the whole region: ${f.actors.toLocaleString('en')} actors, ${f.relations.toLocaleString('en')} relations, ${f.areas} care zones (target < 2 s).\n`,
    '| measure | fresh server | right after an edit: median (min-max, runs) | warm: median (min-max, runs) |',
    '|---|---:|---:|---:|',
    `| areaOverview over HTTP | ${seconds(f.http.fresh)} | ${range(f.http.afterEdit)} (${verdict(median(f.http.afterEdit))}) | ${range(f.http.warm)} (${verdict(median(f.http.warm))}) |`,
    `| page: navigation to the areas painted | | ${range(f.page.afterEdit)} (${verdict(median(f.page.afterEdit))}) | ${range(f.page.warm)} (${verdict(median(f.page.warm))}) |`,
    `| page: navigation to the last GraphQL answer before that | | ${range(f.page.afterEditData)} | ${range(f.page.warmData)} |`,
    `\nOpening the largest care zone (${f.zone.name}: ${f.zone.actors.toLocaleString('en')} actors, ${f.zone.areas} areas below it) by a click in the warm overview, to its areas painted: ${range(f.zone.open)} (target < 3 s: ${median(f.zone.open) < 3000 ? 'met' : 'missed'}).`,
  ];
}
