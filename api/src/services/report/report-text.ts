import { reportLabels, type Language, type ReportLabel } from '@weefsel/graph-schema';

const locales: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };

/** Numbers, dates and the report's labels in one language. */
export interface ReportText {
  language: Language;
  label(key: ReportLabel, params?: Record<string, string | number>): string;
  /** A whole number or a fraction with up to `digits` decimals, in the language's notation; "-" for null. */
  number(value: number | null, digits?: number): string;
  /** A change with its sign: "+3", "-0,02", "0". */
  change(value: number | null, digits?: number): string;
  /** YYYY-MM-DD as "3 december 2026". */
  date(day: string): string;
}

export function reportText(language: Language): ReportText {
  const locale = locales[language];
  const number = (value: number | null, digits = 3) =>
    value === null || !Number.isFinite(value) ? '-' : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return {
    language,
    label: (key, params = {}) => reportLabels[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)),
    number,
    change: (value, digits = 3) => {
      if (value === null || !Number.isFinite(value)) return '-';
      const rounded = Number(value.toFixed(digits));
      return rounded > 0 ? `+${number(rounded, digits)}` : number(rounded, digits);
    },
    // Noon UTC: the calendar day is the same in every time zone the formatter could use.
    date: (day) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`)),
  };
}
