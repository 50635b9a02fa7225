import type { Language } from '@weefsel/graph-schema';

/**
 * The one place where numbers, percentages, scores, dates and plural forms become text. Every view
 * formats through these functions so a figure reads the same in the actor panel, the gaps view and
 * the neighbourhood view, with Belgian Dutch or English conventions.
 */

/**
 * English follows British conventions (day before month): the users work in Flanders, where
 * "01/09/2025" means the first of September in both languages.
 */
const locales: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };

export function localeOf(language: Language): string {
  return locales[language];
}

/** A count or measure: "1.234,5" in Dutch, "1,234.5" in English; at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/** A share between 0 and 1 as a percentage: 0.583 → "58%". */
export function formatPercent(fraction: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits }).format(fraction);
}

/**
 * A score between 0 and 1 (recommendations, suggestions, fit). Always shown as a whole percentage, so
 * "0.58" in one view and "58%" in another cannot both appear; values outside [0, 1] are clamped
 * because a score above 100% would read as an error.
 */
export function formatScore(score: number, language: Language): string {
  return formatPercent(Math.min(1, Math.max(0, score)), language);
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as a calendar day at UTC midnight; `undefined` for anything else or an impossible day. */
export function parseIsoDay(day: string): Date | undefined {
  const match = isoDay.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  // Date.UTC rolls 2025-02-30 over to March; a rolled-over day is not the day that was written.
  const same = parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
  return same ? parsed : undefined;
}

export type DayStyle = 'short' | 'medium' | 'long';

/**
 * A calendar day (YYYY-MM-DD) as people write it: "1 sep 2025" / "1 Sept 2025" (medium, the default),
 * "1/09/2025" / "01/09/2025" (short, for tables) or "1 september 2025" (long, for sentences). Formatted
 * in UTC: a day has no time zone, and local time would show the day before west of Greenwich. Text
 * that is not a valid day is returned unchanged, so bad data stays visible instead of throwing.
 */
export function formatDay(day: string, language: Language, style: DayStyle = 'medium'): string {
  const parsed = parseIsoDay(day);
  if (!parsed) return day;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: style, timeZone: 'UTC' }).format(parsed);
}

/**
 * A moment (ISO timestamp or Date) with day and time, in the viewer's time zone unless `timeZone` is
 * given (tests pass one to be independent of the machine). Invalid input is returned as text.
 */
export function formatTimestamp(moment: string | Date, language: Language, timeZone?: string): string {
  const parsed = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(parsed.getTime())) return String(moment);
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(parsed);
}

/** The plural forms Dutch and English distinguish; messages with a count have one key per form. */
export type PluralForm = 'one' | 'other';

/**
 * Which form a count takes: "1 actor" (one) and "0 actoren", "3 actoren" (other). Through
 * Intl.PluralRules rather than `count === 1`, so a language with more forms fails loudly here
 * instead of reading wrong everywhere.
 */
export function pluralForm(count: number, language: Language): PluralForm {
  const rule = new Intl.PluralRules(localeOf(language)).select(count);
  if (rule === 'one' || rule === 'other') return rule;
  throw new Error(`pluralForm(${count}, "${language}") got the form "${rule}"; add it to PluralForm and to the messages`);
}
