import type { Database } from 'better-sqlite3';
import type { StoredPosition } from '../position-store';
import { checkPositions, unknownPositionActors } from '../shared/position-checks';

interface PositionRow {
  actor_id: string;
  x: number;
  y: number;
  pinned: number;
}

/** Drawing positions per scope in the `positions` table; a deleted actor's rows go by its foreign key. */
export function preparePositions(db: Database) {
  const read = db.prepare<{ scope: string }, PositionRow>('SELECT actor_id, x, y, pinned FROM positions WHERE scope_key = @scope');
  const clear = db.prepare<{ scope: string }>('DELETE FROM positions WHERE scope_key = @scope');
  const known = db.prepare<[string], { id: string }>('SELECT id FROM actors WHERE id = ?');
  const upsert = db.prepare<{ scope: string; actor: string; x: number; y: number; pinned: number }>(
    `INSERT INTO positions (scope_key, actor_id, x, y, pinned) VALUES (@scope, @actor, @x, @y, @pinned)
     ON CONFLICT (scope_key, actor_id) DO UPDATE SET x = excluded.x, y = excluded.y, pinned = excluded.pinned`,
  );
  const write = db.transaction((scope: string, positions: readonly StoredPosition[], replace: boolean) => {
    const found = new Set(positions.filter((p) => known.get(p.actorId) !== undefined).map((p) => p.actorId));
    const unknown = unknownPositionActors(positions, found);
    if (unknown) throw unknown;
    if (replace) clear.run({ scope });
    for (const p of positions) upsert.run({ scope, actor: p.actorId, x: p.x, y: p.y, pinned: p.pinned ? 1 : 0 });
  });
  return {
    read: (scope: string): StoredPosition[] => read.all({ scope }).map((row) => ({ actorId: row.actor_id, x: row.x, y: row.y, pinned: row.pinned === 1 })),
    write: (scope: string, positions: readonly StoredPosition[], replace: boolean): void => {
      checkPositions(scope, positions);
      write(scope, positions, replace);
    },
  };
}
