import type { Highlight } from '../../components/view-contract';
import { tiesHighlight } from '../../components/analysis/highlight';

interface TieLike {
  id: string;
  source: string;
  target: string;
  kind: string;
  since: string | null;
  until: string | null;
}

/** The parts of the API's NetworkChanges the view summarises. */
export interface ChangesLike {
  tiesAdded: readonly TieLike[];
  tiesEnded: readonly TieLike[];
  deltas: readonly { metric: string; before: number | null; after: number | null; change: number | null }[];
}

export interface TieLine {
  id: string;
  kind: string;
  sourceName: string;
  targetName: string;
  since: string | null;
  until: string | null;
}

export type Trend = 'up' | 'down' | 'same' | 'unknown';

export interface MetricLine {
  metric: string;
  before: number | null;
  after: number | null;
  change: number | null;
  trend: Trend;
}

export interface ChangesSummary {
  added: TieLine[];
  ended: TieLine[];
  /** Metrics that changed first (biggest relative change first), then the unchanged ones. */
  metrics: MetricLine[];
  changedMetricCount: number;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD of a real calendar day. */
export function isCalendarDay(text: string): boolean {
  const match = isoDay.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The same day a year earlier; 29 February becomes 28 February. */
export function yearBefore(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return `${String(year - 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(date, lastOfMonth)).padStart(2, '0')}`;
}

/** Default comparison: a year before the scope's day (or today) up to that day. */
export function defaultChangeDates(asOf: string | null, today: string): { from: string; to: string } {
  const to = asOf ?? today;
  return { from: yearBefore(to), to };
}

/**
 * Where no tie began or ended between the two days and the latest tie began before them (a register
 * that ends years ago): that day, and the year up to it to compare instead. Null otherwise.
 */
export function quietPeriod(changes: { from: string; tiesAdded: readonly unknown[]; tiesEnded: readonly unknown[]; latestTieStart?: string | null }): { latest: string; dates: { from: string; to: string } } | null {
  const latest = changes.latestTieStart ?? null;
  if (latest === null || changes.tiesAdded.length > 0 || changes.tiesEnded.length > 0 || latest >= changes.from) return null;
  return { latest, dates: { from: yearBefore(latest), to: latest } };
}

/** Why the two days cannot be compared, or null when they can. */
export function dateRangeProblem(from: string, to: string): 'invalidFrom' | 'invalidTo' | 'fromAfterTo' | null {
  if (!isCalendarDay(from)) return 'invalidFrom';
  if (!isCalendarDay(to)) return 'invalidTo';
  return from > to ? 'fromAfterTo' : null;
}

/**
 * Decimals the key figures are shown with. The change and its direction are those of the figures as
 * shown: 0,551 → 0,551 is "gelijk", never "+0 (gestegen)" because the fourth decimal moved.
 */
export const metricDigits = 3;
const shown = (value: number) => Number(value.toFixed(metricDigits));

function trendOf(change: number | null): Trend {
  if (change === null) return 'unknown';
  if (Math.abs(change) < 1e-9) return 'same';
  return change > 0 ? 'up' : 'down';
}

function relativeChange(line: MetricLine): number {
  if (line.change === null) return 0;
  const base = Math.abs(line.before ?? 0);
  return base > 0 ? Math.abs(line.change) / base : Math.abs(line.change);
}

/** Ties with actor names (the id when the name is unknown), metrics ordered by how much they moved. */
export function summariseChanges(changes: ChangesLike, names: ReadonlyMap<string, string>): ChangesSummary {
  const line = (tie: TieLike): TieLine => ({
    id: tie.id,
    kind: tie.kind,
    sourceName: names.get(tie.source) ?? tie.source,
    targetName: names.get(tie.target) ?? tie.target,
    since: tie.since,
    until: tie.until,
  });
  // A figure missing on both days (the sample size of an exact computation) says nothing.
  const known = changes.deltas.filter((delta) => delta.before !== null || delta.after !== null);
  const metrics = known.map((delta) => {
    const change = delta.before === null || delta.after === null ? delta.change : shown(shown(delta.after) - shown(delta.before));
    return { ...delta, change, trend: trendOf(change) };
  });
  const moved = metrics.filter((m) => m.trend === 'up' || m.trend === 'down').sort((x, y) => relativeChange(y) - relativeChange(x));
  const still = metrics.filter((m) => m.trend === 'same' || m.trend === 'unknown');
  return { added: changes.tiesAdded.map(line), ended: changes.tiesEnded.map(line), metrics: [...moved, ...still], changedMetricCount: moved.length };
}

/** The new ties and their actors, to bring forward in the canvas. */
export function newTiesHighlight(changes: Pick<ChangesLike, 'tiesAdded'>, label?: string): Highlight | null {
  // No new tie: a highlight of nothing would dim the whole map.
  return changes.tiesAdded.length === 0 ? null : tiesHighlight([], changes.tiesAdded, label);
}
