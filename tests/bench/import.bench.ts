import { defaultSecuritySettings } from '../../api/src/config-security';
/**
 * Import benchmark: `npm run bench:import [-- --sizes 10000,100000 --seed S --store sqlite|neo4j|both]`.
 * Generates synthetic networks with the seeds generator, writes each as an XLSX workbook and as a
 * pair of CSV files (the export's columns), then imports every file set into a fresh embedded
 * store in its own child process (so peak memory is that import's alone), and into Neo4j emptied
 * first (bench-neo4j.ts; in this process, its server has its own memory), and prints a markdown
 * table: read + plan (dry run), apply (one transaction), total, the child's CPU time and peak RSS,
 * and the load average (the figures are only comparable on a quiet machine). Then a small file's
 * way into a large store (`smallInto`; `--store-actors`, 50,000 by default, the generator's
 * relations with them): the preview of a ten-row JSON document and of a ten-row sheet, and the
 * importGraph mutation's service writing the same ten relations unchanged, each the median of
 * five. These should not grow with the store: a request that reads all of it stalls the others.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateGraph } from '@weefsel/seeds';
import { asStored, graphTables, writeCsv, writeXlsx } from '../../api/src/interchange-files';
import { InterchangeFilesService } from '../../api/src/services/interchange-files.service';
import { InterchangeService } from '../../api/src/services/interchange.service';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openBenchNeo4j } from './bench-neo4j';
import { median, ms, timed } from './bench-measure';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    seed: { type: 'string', default: '42' },
    child: { type: 'string' },
    small: { type: 'boolean', default: false },
    /** sqlite, neo4j, or both (default; Neo4j as bench-neo4j.ts finds it, or a printed reason why not). */
    store: { type: 'string', default: 'both' },
    'store-actors': { type: 'string', default: '50000' },
    db: { type: 'string' },
  },
});

interface Figures {
  planMs: number;
  applyMs: number;
  problems: number;
  created: number;
  peakMb: number;
  /** User + system CPU of the child: less sensitive than wall time to other jobs on a shared machine. */
  cpuMs: number;
}

/** One import of the files into `store`: the preview (read + dry run), then the apply. */
async function importInto(store: GraphStore, files: string[]): Promise<Pick<Figures, 'planMs' | 'applyMs' | 'problems' | 'created'>> {
  const service = new InterchangeFilesService(store, defaultSecuritySettings().limits.importBytes);
  const inputs = files.map((name) => ({ name, content: readFileSync(name) }));
  const started = performance.now();
  const plan = await service.plan(inputs);
  const planned = performance.now();
  const summary = plan.problemCount === 0 ? await service.applyPlan(plan) : null;
  return { planMs: planned - started, applyMs: performance.now() - planned, problems: plan.problemCount, created: summary?.relations.created ?? 0 };
}

/** Child: one import of the given files into a fresh SQLite store; prints its figures as JSON. */
async function importOnce(files: string[], db: string): Promise<void> {
  const store = openSqliteStore(db);
  await store.init();
  const figures = await importInto(store, files);
  await store.close();
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ ...figures, peakMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 } satisfies Figures));
}

interface SmallFigures {
  jsonPreviewMs: number;
  sheetPreviewMs: number;
  mutationMs: number;
  storeActors: number;
  storeRelations: number;
}

/** The median of five runs of `work`, in ms. */
async function medianOfFive(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) times.push((await timed(work)).ms);
  return median(times);
}

/** A small file's way into `store`, filled with the generated network first (see the header). */
async function smallInto(store: GraphStore): Promise<SmallFigures> {
  await store.importGraph(generateGraph({ seed: Number(args.seed), actors: Number(args['store-actors']) }), { replace: true });
  const files = new InterchangeFilesService(store, defaultSecuritySettings().limits.importBytes);
  const whole = await store.exportGraph();
  const relations = whole.relations.slice(0, 10);
  const json = { name: 'small.json', content: Buffer.from(JSON.stringify({ actors: [], relations }), 'utf8') };
  const sheet = { name: 'small.csv', content: Buffer.from(`Id,Van,Naar,Soort,Gewicht\n${relations.map((r) => `${r.id},${r.source},${r.target},${r.kind},${r.weight ?? ''}`).join('\n')}\n`, 'utf8') };
  for (const file of [json, sheet]) {
    const plan = await files.plan([file]);
    if (plan.problemCount > 0 || plan.relations.update + plan.relations.create > 0) throw new Error(`import.bench: ${file.name} should preview unchanged, got ${JSON.stringify(plan.relations)} and ${plan.problemCount} problems (${plan.problems[0]?.reason ?? ''})`);
  }
  const interchange = new InterchangeService(store);
  return {
    jsonPreviewMs: await medianOfFive(() => files.plan([json])),
    sheetPreviewMs: await medianOfFive(() => files.plan([sheet])),
    mutationMs: await medianOfFive(() => interchange.importDocument({ actors: [], relations })),
    storeActors: whole.actors.length,
    storeRelations: whole.relations.length,
  };
}

/** Child: `smallInto` a fresh SQLite store; prints its figures as JSON. */
async function smallOnce(db: string): Promise<void> {
  const store = openSqliteStore(db);
  await store.init();
  const figures = await smallInto(store);
  await store.close();
  console.log(JSON.stringify(figures));
}

async function writeFiles(dir: string, relations: number, seed: number) {
  const doc = generateGraph({ seed, actors: Math.max(200, Math.round(relations / 5)), relations });
  const tables = graphTables(asStored(doc));
  const xlsx = join(dir, `net-${relations}.xlsx`);
  writeFileSync(xlsx, await writeXlsx([tables.actors, tables.relations]));
  const csvActors = join(dir, `net-${relations}.actors.csv`);
  const csvRelations = join(dir, `net-${relations}.relations.csv`);
  writeFileSync(csvActors, writeCsv(tables.actors));
  writeFileSync(csvRelations, writeCsv(tables.relations));
  return { actors: doc.actors.length, relations: doc.relations.length, sets: { XLSX: [xlsx], CSV: [csvActors, csvRelations] } };
}

function runChild<T = Figures>(db: string, ...flags: string[]): T {
  const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...flags, '--db', db], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  if (args.child) return importOnce(args.child.split(','), args.db as string);
  if (args.small) return smallOnce(args.db as string);
  const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-bench-import-'));
  const rows: string[] = [];
  const small: [string, SmallFigures][] = [];
  const neo4j = args.store === 'sqlite' ? null : await openBenchNeo4j();
  try {
    for (const size of (args.sizes ?? '').split(',').map(Number)) {
      const generated = await writeFiles(dir, size, Number(args.seed));
      for (const [format, files] of Object.entries(generated.sets)) {
        const mb = files.reduce((sum, f) => sum + readFileSync(f).length, 0) / 1024 / 1024;
        const row = `| ${format} | ${generated.actors} | ${generated.relations} | ${mb.toFixed(1)} MB`;
        if (args.store !== 'neo4j') {
          const f = runChild(join(dir, `${format}-${size}.sqlite`), '--child', files.join(','));
          if (f.problems > 0) throw new Error(`import.bench: ${format} ${size} had ${f.problems} problems`);
          rows.push(`| SQLite ${row} | ${seconds(f.planMs)} | ${seconds(f.applyMs)} | ${seconds(f.planMs + f.applyMs)} | ${seconds(f.cpuMs)} | ${f.peakMb.toFixed(0)} MB |`);
        }
        if (neo4j) {
          await neo4j.store.importGraph({ actors: [], relations: [] }, { replace: true });
          const f = await importInto(neo4j.store, files);
          if (f.problems > 0) throw new Error(`import.bench: ${format} ${size} had ${f.problems} problems on Neo4j`);
          rows.push(`| Neo4j ${row} | ${seconds(f.planMs)} | ${seconds(f.applyMs)} | ${seconds(f.planMs + f.applyMs)} | - | - |`);
        }
        console.error(`import.bench: ${format} ${size} done`);
      }
    }
    if (args.store !== 'neo4j') small.push(['SQLite', runChild<SmallFigures>(join(dir, 'large.sqlite'), '--small', '--seed', String(args.seed), '--store-actors', String(args['store-actors']))]);
    if (neo4j) small.push([`Neo4j (${neo4j.origin})`, await smallInto(neo4j.store)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await neo4j?.close();
  }
  console.log(`load average before: ${loadBefore}, after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} cores)`);
  console.log('| store | format | actors | relations | file size | read + dry run | apply | total | CPU time (child) | peak RSS (child) |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('\nTen relations into a large store (median of five):');
  console.log('| store | actors | relations | preview of a JSON document | preview of a sheet | importGraph, nothing changed |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, f] of small) console.log(`| ${name} | ${f.storeActors} | ${f.storeRelations} | ${ms(f.jsonPreviewMs)} | ${ms(f.sheetPreviewMs)} | ${ms(f.mutationMs)} |`);
}

await main();
