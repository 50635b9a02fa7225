import type { Language } from '@weefsel/graph-schema';
import { say } from '../gaps/explain';

const dateFormats = {
  nl: new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
} as const;

/** "3 december 2026" / "3 December 2026" from a YYYY-MM-DD day (read as UTC, so no day shifts). */
export function longDate(day: string, lang: Language): string {
  return dateFormats[lang].format(new Date(`${day}T00:00:00Z`));
}

/**
 * "in Kristus-Koning op 3 december 2026": every claim about what an area lacks says which area and
 * which day it speaks of, so a reader can check it against the coverage of that area on that day.
 */
export function whereAndWhen(area: { areaName: string | null; asOf: string | null }, lang: Language): string {
  const where = area.areaName === null ? say(lang, 'in het hele netwerk', 'in the whole network') : say(lang, `in ${area.areaName}`, `in ${area.areaName}`);
  // A parenthesis reads well wherever the phrase sits in a sentence.
  if (area.asOf === null) return say(lang, `${where} (alle ooit geregistreerde relaties)`, `${where} (every relation ever recorded)`);
  return say(lang, `${where} op ${longDate(area.asOf, lang)}`, `${where} on ${longDate(area.asOf, lang)}`);
}

/** "op 3 december 2026" / "on 3 December 2026"; empty for the whole history (no single day). */
export function onDay(asOf: string | null, lang: Language): string {
  return asOf === null ? '' : say(lang, `op ${longDate(asOf, lang)}`, `on ${longDate(asOf, lang)}`);
}
