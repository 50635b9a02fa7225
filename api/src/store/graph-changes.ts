import type { Actor, Relation, ScopedActor } from '@weefsel/graph-schema';

/**
 * What one write declares it touched, for the change log both stores keep beside their change
 * mark: the ids of the actors and relations it wrote or deleted, `nothing` for a write that is not
 * graph data (users), `everything` when it cannot say (a large import or one that replaces the
 * graph, an erasure, a migration), which makes any reader read the graph again.
 */
export type Touched = { actorIds: readonly string[]; relationIds: readonly string[] } | 'nothing' | 'everything';

/**
 * What an actor write touched: the actor, or everything when the write changed the days it exists
 * (a new actor with dates included). A region read for a day leaves out the actors absent that day
 * and their ties, so one that comes back brings ties no log entry names: only a fresh read has them.
 */
export function actorWriteTouched(before: Pick<Actor, 'since' | 'until'> | null | undefined, after: Pick<Actor, 'id' | 'since' | 'until'>): Touched {
  const same = (before?.since ?? null) === after.since && (before?.until ?? null) === after.until;
  return same ? { actorIds: [after.id], relationIds: [] } : 'everything';
}

/**
 * What an import touched, as writing its records one by one would log it: their ids, so a reader
 * patches what it holds instead of reading the graph again (an import of a few rows is the common
 * one). Everything when it replaced the graph, when it names more records than a reader patches, or
 * when one of its actors changed the days it exists (see `actorWriteTouched`). `actors`: each actor
 * of the document as stored before (null: new) and as written.
 */
export function importTouched(
  actors: readonly { before: Pick<Actor, 'since' | 'until'> | null; after: Pick<Actor, 'id' | 'since' | 'until'> }[],
  relationIds: readonly string[],
  replace: boolean,
): Touched {
  if (replace || !isPatchable(actors.length + relationIds.length)) return 'everything';
  if (actors.some(({ before, after }) => actorWriteTouched(before, after) === 'everything')) return 'everything';
  return { actorIds: actors.map(({ after }) => after.id), relationIds: [...relationIds] };
}

/** Whether a write of this many records is one a reader follows by patching (see `maxPatchedIds`). */
export function isPatchable(records: number): boolean {
  return records <= maxPatchedIds;
}

/** Log entries kept; a mark older than this many writes reads the graph again. */
export const changeLogLength = 1_000;

/**
 * Ids touched since a mark above which a reader reads the whole region again instead: patching
 * costs a lookup per id, reading the region a fixed second or two.
 */
export const maxPatchedIds = 500;

/**
 * The records the writes since a mark touched, as the whole region on `asOf` holds them now: the
 * actors that still exist (none on the boundary: the region has no outside) and the relations that
 * still exist and are active on `asOf`, with their status on that day (or today, for a history
 * read). A touched id missing from the lists was deleted or is not active on `asOf`.
 */
export interface RegionChanges {
  asOf: string | null;
  actorIds: readonly string[];
  relationIds: readonly string[];
  actors: ScopedActor[];
  relations: Relation[];
}

/** The union of the ids a run of log entries touched; null when one of them touched everything or there are too many. */
export function touchedIds(entries: readonly Touched[]): { actorIds: string[]; relationIds: string[] } | null {
  const actorIds = new Set<string>();
  const relationIds = new Set<string>();
  for (const entry of entries) {
    if (entry === 'everything') return null;
    if (entry === 'nothing') continue;
    for (const id of entry.actorIds) actorIds.add(id);
    for (const id of entry.relationIds) relationIds.add(id);
  }
  if (actorIds.size + relationIds.size > maxPatchedIds) return null;
  return { actorIds: [...actorIds], relationIds: [...relationIds] };
}
