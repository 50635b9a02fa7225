import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testUsers } from '../support/test-app';
import { logInThroughApi, openPage, screenshotDir, startBrowser } from './browser';

/** The explorer on a phone: one column, no sideways scrolling, a map with room to draw. */
let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('explorer on a phone (390 x 844)', () => {
  for (const tab of ['Netwerk', 'Hiaten', 'Domeinen', 'Buurt', 'Veranderingen']) {
    it(`stacks the panels of "${tab}" under each other, without a page wider than the screen`, async () => {
      const { context, page, problems } = await openPage(browser, app.url, { viewport: { width: 390, height: 844 } });
      await logInThroughApi(context, app.url, testUsers.editor);
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
      await page.screenshot({ path: path.join(screenshotDir, `phone-${tab.toLowerCase()}-nl-390.png`) });
      await page.evaluate(() => window.scrollTo(0, window.innerHeight));
      await page.screenshot({ path: path.join(screenshotDir, `phone-${tab.toLowerCase()}-nl-390-below.png`) });
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
