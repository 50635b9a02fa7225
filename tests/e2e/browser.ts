import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { testPassword } from '../support/test-app';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(repoRoot, 'test-output');

/** Browser tests drive the built app: fail early, saying how to build it, when web/dist is missing. */
export function assertWebBuilt(): void {
  for (const page of ['index.html', 'graphiql.html']) {
    const file = path.join(process.env.WEEFSEL_TEST_WEB_DIST ?? path.join(repoRoot, 'web', 'dist'), page);
    if (!existsSync(file)) {
      throw new Error(`The browser test needs the built web app, but ${file} is missing: run \`npm run build:web\` first (\`npm test\` does this)`);
    }
  }
}

/** Debian's chromium (CHROMIUM_PATH overrides); playwright's own browser downloads cannot work offline. */
function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('The browser test needs Debian\'s chromium, which is not on PATH: run `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH');
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Records what a person would see as breakage: console errors, uncaught exceptions, failed or
 * 4xx/5xx requests, and any request that leaves the app's origin (the app must work offline).
 */
export async function watchProblems(page: Page, appUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const origin = new URL(appUrl).origin;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    problems.push(`request outside the app: ${url}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    // Monaco only warns when its workers fail, then runs them on the main thread.
    if (message.type() === 'warning' && /web worker/i.test(message.text())) problems.push(`console warning: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The app aborts a GraphQL request whose answer is no longer wanted (the user moved on): not breakage.
    const cancelled = request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).pathname === '/graphql';
    if (!cancelled) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Chromium for one test file, once the built web app is there and the screenshot folder exists. */
export async function startBrowser(): Promise<Browser> {
  assertWebBuilt();
  await mkdir(screenshotDir, { recursive: true });
  return launchChromium();
}

/** A fresh context (its own cookies) with one page, watched for problems (see watchProblems). */
export async function openPage(browser: Browser, appUrl: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const page = await context.newPage();
  return { context, page, problems: await watchProblems(page, appUrl) };
}

/** Logs a test user in through the API: the session cookie lands in the context's jar. */
export async function logInThroughApi(context: BrowserContext, appUrl: string, name: string, password = testPassword): Promise<void> {
  const response = await context.request.post(`${appUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: { query: 'mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { id } }', variables: { n: name, p: password } },
  });
  if (response.status() !== 200) throw new Error(`logInThroughApi: logging in ${name} answered HTTP ${response.status()}`);
}

/** Fills in the (Dutch) login form as a person would. */
export async function logInWithForm(page: Page, name: string, password = testPassword): Promise<void> {
  await page.getByLabel('Gebruikersnaam').fill(name);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
