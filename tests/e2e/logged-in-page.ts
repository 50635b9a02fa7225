import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, testUsers, type TestApp } from '../support/test-app';
import { logInThroughApi, openPage, startBrowser } from './browser';

export interface LoggedInPage {
  app: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/**
 * A test file's app (demo seeds), Chromium and one page logged in as the test viewer, started
 * before its tests and stopped after them. The fields are set once the tests run.
 */
export function loggedInPage(viewport: { width: number; height: number }): LoggedInPage {
  const session = {} as LoggedInPage;
  beforeAll(async () => {
    session.app = await startTestApp();
    session.browser = await startBrowser();
    Object.assign(session, await openPage(session.browser, session.app.url, { viewport }));
    await logInThroughApi(session.context, session.app.url, testUsers.viewer);
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.app?.stop();
  });
  return session;
}
