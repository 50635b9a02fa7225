import { nameKey } from '../shared/record-fields';
import { markWordStarts } from '../shared/search-rank';
import { setNameMarks, unmarkedNames } from './cypher/name-marks.cypher';
import type { CypherRunner } from './neo4j-runner';

/** How many actors one transaction of the start-up migration marks (well inside a 1 GB heap). */
export const nameMarkBatch = 10_000;

/**
 * Marks the word starts of up to `nameMarkBatch` names that have none yet (actors written before
 * search used them), in the transaction of `run`; how many it marked. Run it until it returns 0.
 */
export async function markUnmarkedNamesFlow(run: CypherRunner): Promise<number> {
  const rows = (await run.run(unmarkedNames(nameMarkBatch))) as { id: string; name: string }[];
  if (rows.length === 0) return 0;
  // As the write plan derives it for every actor it writes.
  await run.run(setNameMarks(rows.map((row) => ({ id: row.id, nameMarked: markWordStarts(nameKey(row.name)) }))));
  return rows.length;
}
