import type { Relation } from './records';
import type { RelationStatus } from './relation-statuses';

/**
 * The one time model of Weefsel (docs/time.md). A day is a calendar day, YYYY-MM-DD, in Belgium:
 * "today" is the date in Brussels, whatever the server's own time zone, so a read just after
 * midnight in Brussels sees the new day on every server.
 */
export const weefselTimeZone = 'Europe/Brussels';

// en-CA formats as YYYY-MM-DD; formatToParts avoids relying on that order all the same. Made once:
// building a DateTimeFormat costs about 0.3 ms, paid by every survey respondent's call before (profiled).
const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: weefselTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of `now` in Brussels (YYYY-MM-DD). */
export function todayInBrussels(now: Date = new Date()): string {
  const parts = brusselsDay.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Where a relation stands on `day`, from its dates: once its last day (`until`), or the last day of
 * one of its actors (`actorsEnd`), has passed it is ENDED whatever was stored: a tie of a project
 * that ended in 2018 ended with it. Up to and including that day a relation stored as ENDED was
 * still running, so it is ACTIVE then. PLANNED stays planned until that day passes.
 * Both stores apply this on every read, and the web on what it draws, so no view can show a tie
 * as current that another shows as ended.
 */
export function statusOn(relation: Pick<Relation, 'status' | 'until'>, day: string, actorsEnd: string | null = null): RelationStatus {
  const end = earlierDay(relation.until, actorsEnd);
  if (end !== null && end < day) return 'ENDED';
  return relation.status === 'ENDED' ? 'ACTIVE' : relation.status;
}

/** The relation with its status on `day` (the same object when nothing changes). */
export function withStatusOn<R extends Pick<Relation, 'status' | 'until'>>(relation: R, day: string, actorsEnd: string | null = null): R {
  const status = statusOn(relation, day, actorsEnd);
  return status === relation.status ? relation : { ...relation, status };
}

/** The earlier last day of a relation's two actors, each read by `untilOf`; null while both last. */
export function actorsEndOf(relation: Pick<Relation, 'source' | 'target'>, untilOf: (actorId: string) => string | null | undefined): string | null {
  return earlierDay(untilOf(relation.source), untilOf(relation.target));
}

/** The earlier of two last days (YYYY-MM-DD); a missing one is no end: null only when both are. */
export function earlierDay(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a === null || a === undefined) return b ?? null;
  return b === null || b === undefined || a <= b ? a : b;
}
