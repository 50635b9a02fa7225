import { todayInBrussels } from '@weefsel/graph-schema';

/** A day `days` after an ISO day (YYYY-MM-DD), counted in UTC so no time zone shifts it. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A new round opens today (in Brussels, as the API counts) and closes four weeks later. */
export function defaultRoundDates(now: Date = new Date()): { opensOn: string; closesOn: string } {
  const opensOn = todayInBrussels(now);
  return { opensOn, closesOn: addDays(opensOn, 28) };
}
