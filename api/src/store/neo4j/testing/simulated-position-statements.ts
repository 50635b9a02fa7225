// Test support: how the simulated graph answers the drawing-position statements.
import * as position from '../cypher/position.cypher';
import type { CypherQuery } from '../cypher/cypher-query';
import type { StatementHandler } from './simulated-transactions';

const same = (build: () => CypherQuery) => (q: CypherQuery) => q.cypher === build().cypher;

export const positionHandlers: StatementHandler[] = [
  {
    matches: same(() => position.readPositions('')),
    answer: (g, q) => [...(g.positions.get(String(q.params.key))?.entries() ?? [])].map(([actorId, p]) => ({ actorId, ...p })),
  },
  {
    matches: same(() => position.actorIdsAmong([])),
    answer: (g, q) => (q.params.ids as string[]).filter((id) => g.nodes.has(id)).map((id) => ({ id })),
  },
  {
    matches: same(() => position.clearPositions('')),
    answer: (g, q) => {
      const drawn = g.positions.get(String(q.params.key));
      const deleted = drawn?.size ?? 0;
      drawn?.clear();
      return [{ deleted }];
    },
  },
  {
    matches: same(() => position.setPositions('', [])),
    answer: (g, q) => {
      const key = String(q.params.key);
      const drawn = g.positions.get(key) ?? new Map();
      g.positions.set(key, drawn);
      const rows = (q.params.rows as { actorId: string; x: number; y: number; pinned: boolean }[]).filter((row) => g.nodes.has(row.actorId));
      for (const row of rows) drawn.set(row.actorId, { x: row.x, y: row.y, pinned: row.pinned });
      return [{ written: rows.length }];
    },
  },
];
