import { defaultSecuritySettings } from '../../api/src/config-security';
/**
 * Import benchmark: `npm run bench:import [-- --sizes 10000,100000 --seed S]`.
 * Generates synthetic networks with the seeds generator, writes each as an XLSX workbook and as a
 * pair of CSV files (the export's columns), then imports every file set into a fresh embedded
 * store in its own child process (so peak memory is that import's alone) and prints a markdown
 * table: read + plan (dry run), apply (one transaction), total, the child's CPU time and peak RSS,
 * and the load average (the figures are only comparable on a quiet machine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateGraph } from '@weefsel/seeds';
import { asStored, graphTables, writeCsv, writeXlsx } from '../../api/src/interchange-files';
import { InterchangeFilesService } from '../../api/src/services/interchange-files.service';
import { openSqliteStore } from '../../api/src/store/sqlite/index';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    seed: { type: 'string', default: '42' },
    child: { type: 'string' },
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

/** Child: one import of the given files into a fresh store; prints its figures as JSON. */
async function importOnce(files: string[], db: string): Promise<void> {
  const store = openSqliteStore(db);
  await store.init();
  const service = new InterchangeFilesService(store, defaultSecuritySettings().limits.importBytes);
  const inputs = files.map((name) => ({ name, content: readFileSync(name) }));
  const started = performance.now();
  const plan = await service.plan(inputs);
  const planned = performance.now();
  const summary = plan.problemCount === 0 ? await service.applyPlan(plan) : null;
  const applied = performance.now();
  await store.close();
  const figures: Figures = {
    planMs: planned - started,
    applyMs: applied - planned,
    problems: plan.problemCount,
    created: summary?.relations.created ?? 0,
    peakMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000,
  };
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

function runChild(files: string[], db: string): Figures {
  const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--child', files.join(','), '--db', db], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() as string) as Figures;
}

async function main(): Promise<void> {
  if (args.child) return importOnce(args.child.split(','), args.db as string);
  const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-bench-import-'));
  const rows: string[] = [];
  try {
    for (const size of (args.sizes ?? '').split(',').map(Number)) {
      const generated = await writeFiles(dir, size, Number(args.seed));
      for (const [format, files] of Object.entries(generated.sets)) {
        const mb = files.reduce((sum, f) => sum + readFileSync(f).length, 0) / 1024 / 1024;
        const f = runChild(files, join(dir, `${format}-${size}.sqlite`));
        if (f.problems > 0) throw new Error(`import.bench: ${format} ${size} had ${f.problems} problems`);
        const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        rows.push(`| ${format} | ${generated.actors} | ${generated.relations} | ${mb.toFixed(1)} MB | ${s(f.planMs)} | ${s(f.applyMs)} | ${s(f.planMs + f.applyMs)} | ${s(f.cpuMs)} | ${f.peakMb.toFixed(0)} MB |`);
        console.error(`import.bench: ${format} ${size} done`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average before: ${loadBefore}, after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} cores)`);
  console.log('| format | actors | relations | file size | read + dry run | apply | total | CPU time | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
}

await main();
