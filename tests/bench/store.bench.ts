/**
 * Store benchmark: `npm run bench:store [-- --actors N --relations M --seed S --runs R]`.
 * Generates a synthetic network, imports it into a fresh SQLite file and into Neo4j (the server
 * NEO4J_URI names, whose database is REPLACED, or one the test launcher starts when Java and Maven
 * are there), and prints a markdown table of timings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateGraph } from '@weefsel/seeds';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { openBenchNeo4j } from './bench-neo4j';
import { measureStore, ms, passes, timed, type Row, type StoreFigures } from './bench-measure';

const { values: args } = parseArgs({
  options: {
    actors: { type: 'string', default: '50000' },
    relations: { type: 'string', default: '250000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '50' },
  },
});

function wholeArg(name: keyof typeof args): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`store.bench: --${name} must be a whole number >= 1, got "${args[name]}"`);
  return value;
}

function peakRssMb(): string {
  // maxRSS is in kilobytes on Linux and macOS.
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

function table(rows: Row[], stores: string[]): string {
  const header = `| measure | ${stores.join(' | ')} |\n|---|${stores.map(() => '---:').join('|')}|`;
  return [header, ...rows.map((row) => `| ${row.measure} | ${stores.map((s) => row.values[s] ?? '-').join(' | ')} |`)].join('\n');
}

function rowsOf(figures: Record<string, StoreFigures>): Row[] {
  const row = (measure: string, pick: (f: StoreFigures) => string): Row => ({
    measure,
    values: Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, pick(f)])),
  });
  return [
    row('bulk import (empty store)', (f) => ms(f.importMs)),
    row('re-import, all unchanged', (f) => `${ms(f.reimportMs)}${f.reimportUnchanged ? '' : ' (NOT all unchanged!)'}`),
    row('subgraph care zone (median)', (f) => `${passes(f.careZoneMs)}, ${f.careZoneSize}`),
    row('subgraph neighbourhood (median)', (f) => `${passes(f.neighbourhoodMs)}, ${f.neighbourhoodSize}`),
    row('ego network depth 2 (median)', (f) => `${passes(f.egoMs)}, ${f.egoSize}`),
    row('search, limit 20 (median)', (f) => passes(f.searchMs)),
  ];
}

async function main(): Promise<void> {
  const options = { seed: wholeArg('seed'), actors: wholeArg('actors'), relations: wholeArg('relations') };
  const runs = wholeArg('runs');
  const generated = await timed(async () => generateGraph(options));
  const doc = generated.result;
  console.log(`Generated ${doc.actors.length} actors and ${doc.relations.length} relations (seed ${options.seed}) in ${ms(generated.ms)}.`);
  global.gc?.();

  const figures: Record<string, StoreFigures> = {};
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-bench-'));
  const sqlite = openSqliteStore(join(dir, 'bench.sqlite'));
  try {
    await sqlite.init();
    figures.sqlite = await measureStore(sqlite, doc, runs);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  global.gc?.();

  const neo4j = await openBenchNeo4j();
  if (neo4j) {
    console.log(`Neo4j: ${neo4j.origin}`);
    try {
      figures.neo4j = await measureStore(neo4j.store, doc, runs);
    } finally {
      await neo4j.close();
    }
  }

  console.log(`\n${table(rowsOf(figures), Object.keys(figures))}\n`);
  console.log(`Peak RSS of the whole run: ${peakRssMb()} (node ${process.version}, ${runs} runs per median).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
