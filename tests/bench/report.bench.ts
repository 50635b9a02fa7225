/**
 * Report benchmark: `npm run bench:report [-- --actors 50000 --relations 250000 --seed 42]`.
 * Times the PDF report of a neighbourhood and of a care zone on the demo seeds and on a generated
 * region (SQLite), first on an empty cache (what the first reader of the day waits for) and again
 * (the views already computed). The target: a neighbourhood's report under 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphDocument } from '@weefsel/graph-schema';
import { demoGraph, generateGraph } from '@weefsel/seeds';
import { createServices } from '../../api/src/services/services';
import { openSqliteStore } from '../../api/src/store/sqlite/index';
import { ms, timed } from './bench-measure';

const { values: args } = parseArgs({
  options: {
    actors: { type: 'string', default: '50000' },
    relations: { type: 'string', default: '250000' },
    seed: { type: 'string', default: '42' },
  },
});

/** The area of a kind with the most actors and areas placed in it: the heaviest report of that kind. */
function largestArea(doc: GraphDocument, kind: string): string {
  const kinds = new Map(doc.actors.map((a) => [a.id, a.kind]));
  const counts = new Map<string, number>();
  for (const r of doc.relations) if (kinds.get(r.target) === kind && ['LOCATED_IN', 'ACTIVE_IN', 'PART_OF'].includes(r.kind)) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!best) throw new Error(`report.bench: the document has no ${kind} with actors placed in it`);
  return best[0];
}

async function measure(name: string, doc: GraphDocument): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'weefsel-report-bench-'));
  const store = openSqliteStore(join(dir, 'bench.sqlite'));
  try {
    await store.init();
    await store.importGraph(doc, { replace: true });
    const services = createServices(store);
    const rows: string[] = [];
    for (const [label, kind] of [['neighbourhood', 'Neighbourhood'], ['care zone', 'CareZone']] as const) {
      const areaId = largestArea(doc, kind);
      const request = { areaId, since: '2024-01-01', language: 'nl' as const, seesPersonalData: true };
      const cold = await timed(() => services.reports.areaReport(request));
      const warm = await timed(() => services.reports.areaReport(request));
      const size = (await store.subgraph({ areaId })).nodes.length;
      rows.push(`| ${name} | ${label} (${size} actors) | ${ms(cold.ms)} | ${ms(warm.ms)} | ${(cold.result.content.length / 1024).toFixed(0)} kB |`);
    }
    return rows;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const generated = generateGraph({ seed: Number(args.seed), actors: Number(args.actors), relations: Number(args.relations) });
  const rows = [...(await measure('demo', demoGraph())), ...(await measure(`generated ${generated.actors.length}`, generated))];
  console.log(['| network | report of | first (empty cache) | again | PDF size |', '|---|---|---:|---:|---:|', ...rows].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
