import type { Database } from 'better-sqlite3';
import { isActiveOn } from '@weefsel/graph-schema';
import { changeLogLength, touchedIds, type RegionChanges, type Touched } from '../graph-changes';
import { relationsOn } from '../shared/status-on-read';
import { scoped } from '../shared/subgraph-assembly';
import { relationColumns, toActor, toRelation, type ActorRow, type RelationRow } from './sqlite-rows';
import { jsonSet, selectActorsInSql, selectEndsInSql } from './sqlite-sql';
import { allInChunks, endsOfRelations, storedEnds } from './sqlite-statements';

/** The graph change log of one connection: appended in each graph write's transaction. */
export interface SqliteChangeLog {
  append(touched: Touched): void;
  /** The last entry's number; 0 before the first graph write. */
  last(): number;
  /** What the writes after entry `after` did to the region on `asOf` (see RegionChanges); `day` gives a history read its statuses. */
  regionAfter(after: number, asOf: string | null, day: string): RegionChanges | null;
}

export function prepareChangeLog(db: Database): SqliteChangeLog {
  const insert = db.prepare<[string]>('INSERT INTO graph_changes (touched) VALUES (?)');
  const prune = db.prepare<[number]>('DELETE FROM graph_changes WHERE seq <= ?');
  const lastSeq = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'graph_changes'");
  const after = db.prepare<[number], { seq: number; touched: string }>('SELECT seq, touched FROM graph_changes WHERE seq > ? ORDER BY seq');
  const actorsIn = db.prepare<{ ids: string }, ActorRow>(selectActorsInSql);
  const endsIn = db.prepare<{ ids: string }, { id: string; until: string }>(selectEndsInSql);
  const relationsIn = db.prepare<{ ids: string }, RelationRow>(`SELECT ${relationColumns} FROM relations r WHERE r.id IN ${jsonSet('ids')}`);
  const last = () => lastSeq.get()?.seq ?? 0;
  /** Null when the log no longer reaches back to `from` or an entry since touched everything. */
  const idsAfter = (from: number) => {
    const rows = after.all(from);
    // Numbers are handed out one by one and never reused, so a gap means pruned entries.
    if (rows.length !== last() - from) return null;
    return touchedIds(rows.map((row) => JSON.parse(row.touched) as Touched));
  };
  return {
    append(touched) {
      const seq = Number(insert.run(JSON.stringify(touched)).lastInsertRowid);
      if (seq % 100 === 0) prune.run(seq - changeLogLength);
    },
    last,
    regionAfter(from, asOf, day) {
      // One read transaction: the log and the records it names from the same snapshot.
      return db.transaction(() => {
        const ids = idsAfter(from);
        if (!ids) return null;
        const stored = allInChunks(relationsIn, ids.relationIds).map(toRelation);
        return {
          asOf,
          ...ids,
          actors: allInChunks(actorsIn, ids.actorIds).map((row) => scoped(toActor(row), false)),
          relations: relationsOn(asOf === null ? stored : stored.filter((r) => isActiveOn(r, asOf)), asOf ?? day, storedEnds(endsIn, endsOfRelations(stored))),
        };
      }).deferred();
    },
  };
}
