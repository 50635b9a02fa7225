import { codedIssue, ValidationError } from '@weefsel/graph-schema';
import type { Today } from '../../store/shared/status-on-read';

/** What a reader asks about time: one day (absent: today), or the whole history. */
export interface TimeChoice {
  /** YYYY-MM-DD; absent or null: today, the calendar day in Brussels. */
  asOf?: string | null | undefined;
  /** Every relation ever recorded, whatever its dates; statuses as of today. */
  history?: boolean | null | undefined;
}

/**
 * The day a read is taken at, or null for the whole history (the store's "no date"). Absent means
 * today, so every view, analysis and export shows the network as it stands unless asked otherwise;
 * history must be asked for explicitly, and cannot be mixed with a day.
 */
export function readDay(operation: string, time: TimeChoice, today: Today): string | null {
  if (time.history) {
    if (time.asOf) throw new ValidationError(operation, [codedIssue('asOf', 'historyWithDate')]);
    return null;
  }
  return time.asOf ?? today();
}
