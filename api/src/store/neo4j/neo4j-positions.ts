import type { StoredPosition } from '../position-store';
import { checkPositions, unknownPositionActors } from '../shared/position-checks';
import { actorIdsAmong, clearPositions, readPositions, setPositions } from './cypher/position.cypher';
import { toNumber } from './neo4j-mapping';
import type { CypherRunner } from './neo4j-runner';

export async function readPositionsFlow(run: CypherRunner, scopeKey: string): Promise<StoredPosition[]> {
  return (await run.run(readPositions(scopeKey))).map((row) => ({ actorId: String(row.actorId), x: toNumber(row.x), y: toNumber(row.y), pinned: row.pinned === true }));
}

/** In the transaction of `run`: checked first, so a refused batch writes nothing. */
export async function writePositionsFlow(run: CypherRunner, scopeKey: string, positions: readonly StoredPosition[], replace: boolean): Promise<void> {
  checkPositions(scopeKey, positions);
  const known = new Set((await run.run(actorIdsAmong(positions.map((p) => p.actorId)))).map((row) => String(row.id)));
  const unknown = unknownPositionActors(positions, known);
  if (unknown) throw unknown;
  if (replace) await run.run(clearPositions(scopeKey));
  if (positions.length > 0) await run.run(setPositions(scopeKey, positions));
}
