/**
 * Web benchmark: `npm run bench:web [-- --sizes 500,2000,5000 --seed 1 --runs 4 --pan-frames 180 --profile /tmp/web --overview 50000]`.
 * For each size, generates a network of that many nodes (seeds generator), serves it with the real
 * server over a fresh SQLite file and the built web app, and measures in headless Chromium:
 * - the time from navigation start to a laid-out, idle graph of the whole region (every node);
 * - for the largest size, the frame time while panning (cy.panBy on every animation frame);
 * - the overview of a region of `--overview` actors (0: skip): the `areaOverview` call over HTTP and
 *   the page's first screen of a large region, its areas (`web-overview-bench.ts`).
 * "Laid out": the page sets document.body.dataset.graphState = 'ready', or, when it does not, the
 * Cytoscape instance on window.__weefselCy emits `layoutstop` with every node drawn; "idle": the
 * next animation frame after that has been painted. Prints markdown tables.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { generateGraph } from '@weefsel/seeds';
import { gql, startTestApp, testUsers } from '../support/test-app';
import { assertWebBuilt, launchChromium, logInThroughApi } from '../e2e/browser';
import { measureOverview, overviewRows } from './web-overview-bench';
import { readyProbe } from './web-bench-probe';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '4' },
    'pan-frames': { type: 'string', default: '180' },
    timeout: { type: 'string', default: '180' },
    // Writes a Chrome DevTools CPU profile of the page per size (open it in DevTools' Performance panel).
    profile: { type: 'string' },
    overview: { type: 'string', default: '50000' },
  },
});

function whole(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`web.bench: --${name} must be a whole number >= 1, got "${raw}"`);
  return value;
}

// `--sizes 0`: only the overview.
const sizes = args.sizes === '0' ? [] : (args.sizes ?? '').split(',').map((s) => whole('sizes', s.trim()));
const seed = whole('seed', args.seed);
const runs = whole('runs', args.runs);
const panFrames = whole('pan-frames', args['pan-frames']);
const layoutTimeoutMs = whole('timeout', args.timeout) * 1000;
const overviewActors = args.overview === '0' ? 0 : whole('overview', args.overview);

interface SizeResult {
  readyMs: number[];
  /** Last GraphQL answer before the graph was ready (navigation start = 0). */
  dataMs: number[];
  /** Layouts started on the way to ready (the last run's count). */
  layouts: number;
  how: string;
  nodes: number;
  relations: number;
  pan?: PanFigures;
  drag?: PanFigures | null;
}

async function measureSize(browser: Browser, actors: number): Promise<SizeResult> {
  const doc = generateGraph({ seed, actors });
  const app = await startTestApp({ seed: false });
  try {
    await app.store.importGraph(doc);
    const readyMs: number[] = [];
    const dataMs: number[] = [];
    let how = '';
    let layouts = 0;
    let pan: PanFigures | undefined;
    let drag: PanFigures | null | undefined;
    for (let run = 0; run < runs; run += 1) {
      if (run === 1) {
        // Any write makes the API drop what it computed (positions, metrics): the next visit is the
        // first after a colleague's edit, on a server whose code is already warm.
        const edit = await gql(app.url, 'mutation { upsertActor(input: { id: "ci-bench-edit", kind: CitizenInitiative, name: "Bench edit" }) { id } }', {}, { as: 'editor' });
        if (edit.errors) throw new Error(`web.bench: the edit between visits failed: ${JSON.stringify(edit.errors)}`);
      }
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await logInThroughApi(context, app.url, testUsers.viewer);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.addInitScript({ content: readyProbe(doc.actors.length) });
      const profiler = args.profile && run === 0 ? await context.newCDPSession(page) : null;
      if (profiler) {
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
        await profiler.send('Profiler.start');
      }
      // Actors asked for: unasked, a region this large opens as its areas (measured below).
      await page.goto(`${app.url}/?show=actors`);
      try {
        // A function, not a string: the app's Content-Security-Policy forbids evaluating strings.
        await page.waitForFunction(() => window.__benchReady !== undefined, undefined, { timeout: layoutTimeoutMs, polling: 250 });
      } catch {
        // Say what the page got to, rather than only that it did not finish.
        // A page whose main thread is stuck in a layout never answers: give it a few seconds.
        const probe = page.evaluate(`({ nodes: window.__weefselCy ? window.__weefselCy.nodes().length : 0, layouts: window.__benchLayouts || 0,
          api: performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql')).map((e) => Math.round(e.responseEnd)) })`) as Promise<{ nodes: number; layouts: number; api: number[] }>;
        const busy = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
        const seen = (await Promise.race([probe, busy])) ?? { nodes: -1, layouts: -1, api: [] };
        probe.catch(() => undefined);
        await context.close();
        return { readyMs: [], dataMs: [], layouts: 0, how: `timed out after ${layoutTimeoutMs / 1000} s: ${seen.nodes < 0 ? 'page unresponsive (main thread busy)' : `${seen.nodes} nodes drawn, ${seen.layouts} layouts started, API answers at ${seen.api.join(', ')} ms`}${pageErrors.length ? `; page errors: ${pageErrors.join(' | ').slice(0, 300)}` : ''}`, nodes: doc.actors.length, relations: doc.relations.length };
      }
      const ready = (await page.evaluate(() => window.__benchReady)) as NonNullable<Window['__benchReady']>;
      if (profiler) {
        const { profile } = await profiler.send('Profiler.stop');
        const file = `${args.profile}-${actors}.cpuprofile`;
        writeFileSync(file, JSON.stringify(profile));
        console.error(`web.bench: CPU profile of ${actors} nodes written to ${file}`);
      }
      readyMs.push(ready.at);
      dataMs.push(ready.dataAt);
      layouts = ready.layouts;
      how = ready.how;
      if (actors === Math.max(...sizes) && run === runs - 1) {
        pan = await measurePan(page);
        drag = await measureDragPan(page);
      }
      await context.close();
    }
    return { readyMs, dataMs, layouts, how, nodes: doc.actors.length, relations: doc.relations.length, pan, drag };
  } finally {
    await app.stop();
  }
}

interface PanFigures {
  frames: number;
  meanMs: number;
  p95Ms: number;
  fps: number;
}

/** Pans a little on every animation frame and records the time between frames (a plain script, as above). */
async function measurePan(page: Page): Promise<PanFigures> {
  const deltas = (await page.evaluate(`new Promise((resolve) => {
    const cy = window.__weefselCy;
    const frames = ${panFrames};
    const times = [];
    let step = 0;
    const tick = (now) => {
      times.push(now);
      // Back and forth, so the graph stays on screen.
      const dx = Math.floor(step / 30) % 2 === 0 ? 8 : -8;
      cy.panBy({ x: dx, y: dx / 2 });
      step += 1;
      if (step <= frames) requestAnimationFrame(tick);
      else resolve(times.slice(1).map((time, i) => time - times[i]));
    };
    requestAnimationFrame(tick);
  })`)) as number[];
  return figures(deltas);
}

/** Mouse moves the bench could send per second: when below the frame rate, some frames had nothing to redraw. */
let dragMovesPerSecond = 0;

/** The time between animation frames while a person drags the map (mouse on an empty corner). */
async function measureDragPan(page: Page): Promise<PanFigures | null> {
  const box = await page.locator('.network-canvas').boundingBox();
  if (!box) return null;
  await page.evaluate(`(() => {
    window.__benchFrames = [];
    window.__benchFramesOn = true;
    const tick = (now) => { window.__benchFrames.push(now); if (window.__benchFramesOn) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  // A corner of the canvas: fit() leaves padding there, so the drag pans instead of moving a node.
  const x = box.x + 8;
  const y = box.y + 8;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const started = performance.now();
  for (let step = 1; step <= panFrames; step += 1) {
    const offset = (step % 60 < 30 ? step % 30 : 30 - (step % 30)) * 6;
    await page.mouse.move(x + offset, y + offset / 2);
  }
  await page.mouse.up();
  dragMovesPerSecond = panFrames / ((performance.now() - started) / 1000);
  const times = (await page.evaluate(`(() => { window.__benchFramesOn = false; return window.__benchFrames; })()`)) as number[];
  return figures(times.slice(1).map((time, i) => time - (times[i] ?? time)));
}

function figures(deltas: number[]): PanFigures {
  const sorted = [...deltas].sort((a, b) => a - b);
  const meanMs = deltas.reduce((sum, d) => sum + d, 0) / deltas.length;
  return { frames: deltas.length, meanMs, p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? meanMs, fps: 1000 / meanMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  assertWebBuilt();
  const browser = await launchChromium();
  const rows: string[] = [];
  let pan: PanFigures | undefined;
  let drag: PanFigures | null | undefined;
  let overview: string[] = [];
  try {
    for (const size of sizes) {
      const result = await measureSize(browser, size);
      if (result.readyMs.length === 0) {
        rows.push(`| ${result.nodes.toLocaleString('en')} | ${result.relations.toLocaleString('en')} | not ready | | | | 0 | ${result.how} |`);
        console.error(`web.bench: ${size} nodes ${result.how}`);
        continue;
      }
      // Visit 1: a fresh server (cold code and caches); visit 2: the first after an edit (warm code,
      // cold caches: what a user sees after a colleague's change); later visits reuse what the API computed.
      const [fresh = NaN, afterEdit, ...later] = result.readyMs;
      const [freshData = NaN, afterEditData, ...laterData] = result.dataMs;
      const target = (value: number) => (size === 2000 ? (value < 3000 ? ' (target < 3 s: met)' : ' (target < 3 s: missed)') : '');
      const cell = (value: number | undefined) => (value === undefined ? 'n/a' : `${(value / 1000).toFixed(2)} s${target(value)}`);
      const plain = (values: (number | undefined)[]) => values.map((value) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${(value / 1000).toFixed(2)} s`)).join(' / ');
      rows.push(
        `| ${result.nodes.toLocaleString('en')} | ${result.relations.toLocaleString('en')} | ${cell(fresh)} | ${cell(afterEdit)} | ${later.length ? `${cell(median(later))} (${later.length})` : 'n/a'} | ${plain([freshData, afterEditData, laterData.length ? median(laterData) : undefined])} | ${result.layouts} | ${result.how} |`,
      );
      console.error(`web.bench: ${size} nodes ready in ${result.readyMs.map((ms) => ms.toFixed(0)).join(', ')} ms (${result.how})`);
      pan ??= result.pan;
      drag ??= result.drag;
    }
    if (overviewActors > 0) overview = overviewRows(await measureOverview(browser, { actors: overviewActors, seed, runs, timeoutMs: layoutTimeoutMs }));
  } finally {
    await browser.close();
  }
  console.log(`\nMachine: ${cpus().length} CPU cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, headless Chromium with --disable-gpu; shared machine, figures vary.\n`);
  console.log('Navigation to a laid-out, idle graph; API: the last GraphQL answer before that.\n');
  console.log('| nodes | relations | fresh server | first visit after an edit | later visits (median, count) | API answers (same order) | layouts run | signal |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const row of rows) console.log(row);
  if (pan) {
    const verdict = pan.fps >= 30 ? 'met' : 'missed';
    console.log(`\n| panning ${Math.max(...sizes).toLocaleString('en')} nodes | frames | mean frame time | p95 frame time | frames per second |`);
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| cy.panBy every frame | ${pan.frames} | ${pan.meanMs.toFixed(1)} ms | ${pan.p95Ms.toFixed(1)} ms | ${pan.fps.toFixed(1)} (target > 30: ${verdict}) |`);
    if (drag) {
      // Each drag step waits until the page has handled it, so steps per second bound the visible
      // updates; animation frames without a step in between are cheap and flatter the frame time.
      const effective = Math.min(drag.fps, dragMovesPerSecond);
      const dragVerdict = effective >= 30 ? 'met' : 'missed';
      console.log(
        `| mouse drag (viewport optimisations apply) | ${drag.frames} | ${drag.meanMs.toFixed(1)} ms | ${drag.p95Ms.toFixed(1)} ms | ${effective.toFixed(1)} drag steps handled per second (target > 30: ${dragVerdict}) |`,
      );
    }
  }
  for (const line of overview) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
