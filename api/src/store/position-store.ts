import type { Scope } from '@weefsel/graph-schema';

/** Where an actor is drawn in the map of one scope, in layout units; `pinned` when an editor put it there. */
export interface StoredPosition {
  actorId: string;
  x: number;
  y: number;
  pinned: boolean;
}

/**
 * The drawing positions kept per scope, so every user, worker and report sees the same picture and
 * an edit moves only what changed. Not graph data: writing them does not move the change mark (a
 * dragged actor must not throw away every cached analysis). A deleted actor's positions go with it.
 */
export interface PositionStore {
  /** The positions kept for a scope (see `positionScopeKey`), in no order; actors since deleted are left out. */
  readPositions(scopeKey: string): Promise<StoredPosition[]>;
  /**
   * Stores positions for a scope in one transaction: the given actors' positions are set, the
   * others kept, or all others dropped first with `replace`. An unknown actor, a number that is not
   * finite or beyond `positionLimits.coordinate`, or more than `positionLimits.perWrite` positions
   * is a ValidationError and nothing is written.
   */
  writePositions(scopeKey: string, positions: readonly StoredPosition[], options?: { replace?: boolean }): Promise<void>;
}

export const positionLimits = { coordinate: 10_000_000, perWrite: 100_000 } as const;

/** The key positions are kept under: one picture per area, one for the whole region (dates share it). */
export function positionScopeKey(scope: Scope): string {
  return scope.areaId ?? 'region';
}
