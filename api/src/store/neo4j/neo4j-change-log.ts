import { isActiveOn } from '@weefsel/graph-schema';
import { markPart } from '../mark-parts';
import { touchedIds, type RegionChanges, type Touched } from '../graph-changes';
import { relationsOn } from '../shared/status-on-read';
import { scoped } from '../shared/subgraph-assembly';
import { changesAfter } from './cypher/change-mark.cypher';
import { actorEndsOf, actorsById, relationsById } from './neo4j-lookups';
import { toNumber } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

/** A mark's graph part is `epoch:value` (see `changeMark`); anything else ('empty') cannot be followed. */
function parseMark(mark: string): { epoch: string; value: number } | null {
  const parsed = /^(.+):(\d+)$/.exec(markPart(mark, 'graph'));
  return parsed ? { epoch: parsed[1] as string, value: Number(parsed[2]) } : null;
}

/**
 * What the writes since `mark` did to the region on `asOf`, in one read transaction: the log
 * entries after the mark's value, then the records they name as they are now. Null for another
 * epoch (a wiped database), a log that no longer reaches back, or an entry that touched everything.
 */
export async function regionChangesFlow(run: CypherRunner, mark: string, asOf: string | null, day: string): Promise<RegionChanges | null> {
  const from = parseMark(mark);
  if (!from) return null;
  const [row] = await run.run(changesAfter(from.value));
  if (!row || String(row.epoch) !== from.epoch) return null;
  const logged = (row.touched as string[]).map((touched) => JSON.parse(touched) as Touched);
  // One entry per value: fewer means pruned entries (or a writer that does not log).
  if (logged.length !== toNumber(row.value) - from.value) return null;
  const ids = touchedIds(logged);
  if (!ids) return null;
  const actors = await actorsById(run, ids.actorIds);
  const stored = [...(await relationsById(run, ids.relationIds)).values()];
  return {
    asOf,
    ...ids,
    actors: [...actors.values()].map((actor) => scoped(actor, false)),
    relations: relationsOn(asOf === null ? stored : stored.filter((r) => isActiveOn(r, asOf)), asOf ?? day, await actorEndsOf(run, stored)),
  };
}
