import {
  foldText,
  lifeDomains,
  nodeKinds,
  relationKinds,
  relationStatuses,
  targetGroups,
  type Label,
  type Language,
  type ProblemCode,
  type ProblemParams,
} from '@weefsel/graph-schema';

/** A cell as the readers give it: text, a number, a boolean or a date (XLSX date cells). */
export type CellValue = string | number | boolean | Date | null;

/** Why a cell could not be read: precise English for the CLI and the code with params for the web. */
export interface Failure {
  reason: string;
  code: ProblemCode;
  params: ProblemParams;
}

/** A value read from a cell, or why it could not be read. */
export type Read<T> = { ok: true; value: T } | ({ ok: false } & Failure);

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(reason: string, code: ProblemCode, params: ProblemParams): Read<T> => ({ ok: false, reason, code, params });

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return isoDate(value);
  return String(value).trim();
}

export const isEmptyCell = (value: CellValue) => cellText(value) === '';

/**
 * A lookup from code and from Dutch and English label (any case, with or without accents) to the
 * code, for one of graph-schema's label tables.
 */
export class Vocabulary<T extends string> {
  private readonly byText = new Map<string, T>();

  constructor(
    readonly what: string,
    /** The graph-schema property this vocabulary fills, named in problems so clients can label it. */
    readonly property: string,
    private readonly labels: Record<T, Label>,
    extra: (code: T) => readonly string[] = () => [],
  ) {
    for (const code of Object.keys(labels) as T[]) {
      for (const text of [code, labels[code].nl, labels[code].en, ...extra(code)]) this.byText.set(foldText(text), code);
    }
  }

  /** Cells repeat the same few labels: remembering them spares folding 100,000 cells. */
  private readonly memo = new Map<string, T | undefined>();

  find(text: string): T | undefined {
    if (this.memo.has(text)) return this.memo.get(text);
    const code = this.byText.get(foldText(text));
    if (this.memo.size < 10_000) this.memo.set(text, code);
    return code;
  }

  read(text: string): Read<T> {
    const code = this.find(text);
    if (code) return ok(code);
    const known = (Object.keys(this.labels) as T[]).map((c) => this.labels[c].nl).join(', ');
    return fail(`unknown ${this.what} "${text}"; use one of: ${known} (Dutch or English label, or the code)`, 'unknownValue', { property: this.property, value: text });
  }

  label(code: T, language: Language): string {
    return this.labels[code][language];
  }

  /**
   * A list in one cell, separated by ";", "|" or new lines; commas separate too, unless they are
   * part of a label ("leisure, culture and sport").
   */
  readList(text: string): Read<T[]> {
    const codes: T[] = [];
    for (const piece of text.split(/[;|\n]/).map((p) => p.trim()).filter(Boolean)) {
      const found = this.find(piece);
      if (found) {
        codes.push(found);
        continue;
      }
      const parts = piece.split(',').map((p) => p.trim());
      for (let start = 0; start < parts.length; ) {
        let end = parts.length;
        while (end > start && !this.find(parts.slice(start, end).join(', '))) end -= 1;
        if (end === start) {
          if (parts[start]) return this.read(parts[start] ?? '') as Read<never>;
          start += 1;
          continue;
        }
        codes.push(this.find(parts.slice(start, end).join(', ')) as T);
        start = end;
      }
    }
    return ok(codes);
  }
}

export const nodeKindVocabulary = new Vocabulary(
  'kind',
  'kind',
  Object.fromEntries(Object.entries(nodeKinds).map(([k, spec]) => [k, spec.label])) as Record<keyof typeof nodeKinds, Label>,
  (code) => [nodeKinds[code].plural.nl, nodeKinds[code].plural.en],
);
export const relationKindVocabulary = new Vocabulary(
  'relation kind',
  'relationKind',
  Object.fromEntries(Object.entries(relationKinds).map(([k, spec]) => [k, spec.label])) as Record<keyof typeof relationKinds, Label>,
);
export const lifeDomainVocabulary = new Vocabulary('life domain', 'domains', lifeDomains);
export const targetGroupVocabulary = new Vocabulary('target group', 'targetGroups', targetGroups);
export const statusVocabulary = new Vocabulary('status', 'status', relationStatuses);

const yes = new Set(['ja', 'yes', 'true', 'waar', 'x', '1', 'j', 'y']);
const no = new Set(['nee', 'neen', 'no', 'false', 'onwaar', '0', 'n']);

export function readBoolean(value: CellValue): Read<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const text = foldText(cellText(value));
  if (yes.has(text)) return ok(true);
  if (no.has(text)) return ok(false);
  return fail(`"${cellText(value)}" is not yes or no; use ja/nee or yes/no`, 'notYesNo', { value: cellText(value) });
}

export function readNumber(value: CellValue): Read<number> {
  if (typeof value === 'number') return ok(value);
  const text = cellText(value).replace(/\s/g, '');
  // Belgian decimal comma: "1,5". A dot stays a decimal point.
  const normal = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  const number = /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(normal) ? Number(normal) : Number.NaN;
  return Number.isFinite(number) ? ok(number) : fail(`"${cellText(value)}" is not a number`, 'notANumber', { value: cellText(value) });
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDate(date) : null;
}

/** Belgian day/month/year (with /, - or .) or ISO year-month-day; XLSX date cells as they are. */
export function readDate(value: CellValue): Read<string> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? fail('is not a date', 'notADate', { value: '' }) : ok(isoDate(value));
  // A date cell without a date format reaches us as Excel's day number (days since 30/12/1899).
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2_958_466) {
    return ok(isoDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000)));
  }
  const text = cellText(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : belgian ? [belgian[3], belgian[2], belgian[1]] : [];
  const date = year && month && day ? calendarDate(Number(year), Number(month), Number(day)) : null;
  return date ? ok(date) : fail(`"${text}" is not a date; use dd/mm/yyyy (31/12/2024) or yyyy-mm-dd`, 'notADate', { value: text });
}
