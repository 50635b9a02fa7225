import path from 'node:path';
import { lifeDomains, targetGroups, todayInBrussels, type LifeDomain, type TargetGroup } from '@weefsel/graph-schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, testUsers, type TestApp } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/**
 * In Kristus-Koning, Buurtwerk Brugge's recommendation reasons must match what the
 * neighbourhood's coverage shows. Checked in a real browser: the reasons in the actor panel against
 * the coverage the Buurt tab shows for the same area and day (the default: today).
 */
const area = 'nbh-brugge-kristus-koning';
const actor = 'org-buurtwerk-brugge';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

interface ShownReason {
  candidate: string;
  areaId: string;
  domains: LifeDomain[];
  groups: TargetGroup[];
  text: string;
}

const spoken = (day: string) => new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

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

/** The reasons as the actor panel shows them, with the claimed lacks it renders as data attributes. */
async function shownReasons(): Promise<ShownReason[]> {
  const items = page.locator('.recommendation-list li');
  await items.first().waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
    await page.screenshot({ path: path.join(screenshotDir, 'explanations-failed.png'), fullPage: true });
    console.error(problems.join('\n'));
    throw error;
  });
  return items.evaluateAll((lis) =>
    lis.map((li) => ({
      candidate: li.getAttribute('data-actor-id') ?? '',
      areaId: li.getAttribute('data-area-id') ?? '',
      domains: (li.getAttribute('data-missing-domains') ?? '').split(' ').filter(Boolean),
      groups: (li.getAttribute('data-missing-target-groups') ?? '').split(' ').filter(Boolean),
      // Both sides: the likelihood reasons and the value reasons, where the lacks are claimed.
      text: [...li.querySelectorAll('.explanation')].map((p) => p.textContent ?? '').join(' '),
    })),
  ) as Promise<ShownReason[]>;
}

/** The labels the Buurt tab lists as covered by nobody ("niemand"), per list. */
async function shownLacks(): Promise<{ domains: string[]; groups: string[] }> {
  await page.getByRole('tab', { name: 'Buurt', exact: true }).click();
  const lists = page.locator('.neighbourhood-view .coverage-list');
  await lists.first().waitFor();
  const missing = (i: number) =>
    lists.nth(i).evaluate((dl) => [...dl.querySelectorAll('dd.coverage-missing')].map((dd) => dd.previousElementSibling?.textContent ?? ''));
  return { domains: await missing(0), groups: await missing(1) };
}

/** Opens the actor panel for the area on `day` (null: the default, today) and checks every reason against the Buurt tab. */
async function expectReasonsMatchCoverage(day: string | null, shotName: string): Promise<void> {
  await page.goto(`${app.url}/?area=${area}&actor=${actor}${day ? `&date=${day}` : ''}`);
  const reasons = await shownReasons();
  expect(reasons.length).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(screenshotDir, `explanations-${shotName}-actor-panel.png`), fullPage: true });

  const lacks = await shownLacks();
  // The tab says which day its coverage is of: the day the reasons name.
  expect(await page.locator('.neighbourhood-view .coverage-day').textContent()).toContain(spoken(day ?? todayInBrussels()));
  await page.screenshot({ path: path.join(screenshotDir, `explanations-${shotName}-neighbourhood.png`), fullPage: true });
  // The school of Kristus-Koning covers education and children 0-12: the tab says so, and no reason may deny it.
  expect(lacks.domains).not.toContain(lifeDomains.EDUCATION.nl);
  expect(lacks.groups).not.toContain(targetGroups.CHILDREN_0_12.nl);

  // Kristus-Koning lacks housing: some reason says so, so the checks below are not vacuous.
  expect(reasons.some((r) => r.domains.length + r.groups.length > 0)).toBe(true);
  for (const r of reasons) {
    const claims = r.domains.length + r.groups.length > 0;
    if (!claims) {
      expect(r.text, r.candidate).not.toMatch(/ontbreekt|ontbreken|niemand bedient/);
      continue;
    }
    expect(r.areaId, r.candidate).toBe(area);
    for (const d of r.domains) expect(lacks.domains, `${r.candidate} claims ${d}`).toContain(lifeDomains[d].nl);
    for (const g of r.groups) expect(lacks.groups, `${r.candidate} claims ${g}`).toContain(targetGroups[g].nl);
    expect(r.text, r.candidate).toContain(`in Kristus-Koning op ${spoken(day ?? todayInBrussels())}`);
  }
  // And the same against the API's coverage, so the tab itself is not the only witness.
  const coverage = await gql<{ areaCoverage: { missingDomains: LifeDomain[] } }>(app.url, 'query ($d: Date) { areaCoverage(areaId: "nbh-brugge-kristus-koning", asOf: $d) { missingDomains } }', { d: day }, { as: 'viewer' });
  expect(coverage.data?.areaCoverage.missingDomains.map((d) => lifeDomains[d].nl).sort()).toEqual([...lacks.domains].sort());
  expect(problems).toEqual([]);
}

describe("Buurtwerk Brugge's communities in Kristus-Koning", () => {
  it("name the region's partition, which the panel states for the actor as the region's metrics do", async () => {
    await page.goto(`${app.url}/?area=${area}&actor=${actor}`);
    await shownReasons();
    const stated = page.locator('.recommendations .region-community');
    const metrics = await gql<{ networkMetrics: { actors: { actor: { id: string }; community: number }[] } }>(app.url, '{ networkMetrics { actors { actor { id } community } } }', {}, { as: 'viewer' });
    const inRegion = metrics.data!.networkMetrics.actors.find((row) => row.actor.id === actor)!.community + 1;
    expect(await stated.textContent()).toContain(`daar zit deze actor in gemeenschap ${inRegion} (de kengetallen hierboven tellen die van dit gebied)`);
    // A reason that names the communities of a bridge names the actor's as the panel states it.
    const bridges = (await shownReasons()).filter((r) => /gemeenschappen \d+ en \d+ van de hele regio/.test(r.text));
    expect(bridges.length, 'a reason that names two communities').toBeGreaterThan(0);
    for (const r of bridges) expect(/gemeenschappen (\d+) en (\d+) van de hele regio/.exec(r.text)!.slice(1).map(Number), r.candidate).toContain(inRegion);
  });
});

describe("Buurtwerk Brugge's reasons in Kristus-Koning", () => {
  it('claim only what the Buurt tab shows nobody covers there, and name Kristus-Koning and today', async () => {
    await expectReasonsMatchCoverage(null, 'today');
  });

  it('on a past day, speak of that day', async () => {
    await expectReasonsMatchCoverage('2021-06-01', 'past');
  });
});
