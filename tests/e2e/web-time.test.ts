import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers, type TestApp } from '../support/test-app';
import { brusselsToday } from '../consistency/routes';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * A viewer opens the default view of ELZ Brugge and sees the ties as they stand today (docs/time.md):
 * ended ties are neither drawn nor counted; the whole history is an explicit choice that draws them faded.
 */
interface Rel {
  id: string;
  until: string | null;
  status: string;
}

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

const zone = 'cz-brugge';
const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
// Edges are named `relation:<relation id>` (web/src/graph/build-elements.ts edgeElementId).
const relationIdsOf = (selector: string) =>
  page.evaluate((sel) => window.__weefselCy?.edges(sel).map((edge) => edge.id().replace(/^relation:/, '')) ?? [], selector);
const edgeIds = () => relationIdsOf('*');
const endedEdgeIds = () => relationIdsOf('.status-ENDED');

async function relations(history: boolean): Promise<Rel[]> {
  const res = await gql<{ network: { relations: Rel[] } }>(
    app.url,
    'query ($h: Boolean!) { network(scope: { areaId: "cz-brugge" }, history: $h) { relations { id until status } } }',
    { h: history },
    { as: 'viewer' },
  );
  expect(res.errors).toBeUndefined();
  return res.data?.network.relations ?? [];
}

async function drawn(): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.graphState === 'ready' && (window.__weefselCy?.nodes().length ?? 0) > 0);
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
  ({ context, page, problems } = await openPage(browser, app.url));
  await logInThroughApi(context, app.url, testUsers.viewer);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

describe('time in the explorer, as a viewer', () => {
  it('draws ELZ Brugge as it stands today by default: no ended tie on the map or in the counts', async () => {
    await page.goto(`${app.url}/?area=${zone}`);
    await drawn();
    const today = await relations(false);
    const ended = (await relations(true)).filter((r) => r.until !== null && r.until < brusselsToday());
    expect(ended.length).toBeGreaterThan(20);
    await expect.poll(async () => (await edgeIds()).sort()).toEqual(today.map((r) => r.id).sort());
    const onMap = new Set(await edgeIds());
    expect(ended.filter((r) => onMap.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(await page.locator('#network-summary').getAttribute('data-relations')).toBe(String(today.length));
    await expect.poll(() => page.getByTestId('date-hint').textContent()).toMatch(/zoals het vandaag is/);
    await shot('time-today-brugge');
  });

  it('marks the four actors without a tie today as isolated in the gaps view (the ended projects are not there)', async () => {
    await page.getByRole('tab', { name: 'Hiaten', exact: true }).click();
    const overlay = page.getByRole('switch', { name: /Markeer op de kaart/ });
    await overlay.check();
    const isolated = () => page.evaluate(() => window.__weefselCy?.nodes('.overlay-isolated').map((node) => node.id()).sort() ?? []);
    await expect
      .poll(isolated)
      .toEqual(['ini-boodschappen-koolkerke', 'ini-repair-cafe-sint-kruis', 'ini-wandelclub-lissewege', 'tm-02']);
    await overlay.uncheck();
    await page.getByRole('tab', { name: 'Netwerk', exact: true }).click();
  });

  it('shows since and until of each tie in the actor panel, as Dutch dates', async () => {
    await page.goto(`${app.url}/?area=${zone}&actor=org-rwp-nwvl`);
    await drawn();
    const dates = page.locator('.actor-ties .tie-dates');
    await dates.first().waitFor();
    const texts = await dates.allTextContents();
    expect(texts.some((text) => /sinds \d{1,2} [a-z]+\.? 20\d\d/.test(text))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('shows every relation ever recorded only when the whole history is chosen, ended ties faded', async () => {
    await page.goto(`${app.url}/?area=${zone}`);
    await drawn();
    await page.getByRole('checkbox', { name: 'Hele geschiedenis' }).check();
    await expect.poll(() => page.url()).toContain('history=1');
    const history = await relations(true);
    const ended = history.filter((r) => r.status === 'ENDED').map((r) => r.id).sort();
    await expect.poll(async () => (await edgeIds()).length).toBe(history.length);
    expect((await endedEdgeIds()).sort()).toEqual(ended);
    expect(await page.getByTestId('date-hint').textContent()).toMatch(/ooit geregistreerd/);
    await shot('time-history-brugge');
    // Back to today: the ended ties leave the map again.
    await page.getByRole('checkbox', { name: 'Hele geschiedenis' }).uncheck();
    await expect.poll(async () => (await endedEdgeIds()).length).toBe(0);
  });

  it('says the same in English: today by default, the whole history as a choice, dates in English', async () => {
    await page.goto(`${app.url}/?area=${zone}&actor=org-rwp-nwvl`);
    await drawn();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.getByTestId('date-hint').textContent()).toMatch(/as it stands today \(\d{1,2} [A-Z][a-z]+ 20\d\d\)/);
    await page.locator('.actor-ties .tie-dates').first().waitFor();
    expect((await page.locator('.actor-ties .tie-dates').allTextContents()).join(' ')).toMatch(/since \d{1,2} [A-Z][a-z]+ 20\d\d/);
    await page.getByRole('checkbox', { name: 'Whole history' }).check();
    await expect.poll(() => page.getByTestId('date-hint').textContent()).toMatch(/Every relation ever recorded/);
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(problems).toEqual([]);
  });
});
