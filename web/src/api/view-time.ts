/**
 * Which time a view shows (docs/time.md): the network of one day, where null is today (the API
 * decides today, in Brussels), or, when `history` is set, every relation ever recorded.
 */
export interface ViewTime {
  /** YYYY-MM-DD; null: today. Ignored with `history`. */
  asOf: string | null;
  history: boolean;
}

export const today: ViewTime = { asOf: null, history: false };

/** The `asOf` and `history` variables of an operation; the API refuses both at once. */
export function timeVariables(time: ViewTime): { asOf: string | null; history: boolean } {
  return time.history ? { asOf: null, history: true } : { asOf: time.asOf, history: false };
}

/** A cache key part that tells every time choice apart. */
export function timeKey(time: ViewTime): string {
  return time.history ? 'history' : (time.asOf ?? 'today');
}
