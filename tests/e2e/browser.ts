import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const screenshotDir = path.join(repoRoot, 'test-output');

/** Browser tests drive the built app: fail early, saying how to build it, when web/dist is missing. */
export function assertWebBuilt(): void {
  for (const page of ['index.html', 'graphiql.html']) {
    const file = path.join(repoRoot, 'web', 'dist', page);
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
