import { stringify } from 'csv-stringify/sync';
import type { OutCell, OutTable } from './table-rows';
import { writeWorkbook } from './xlsx/write-workbook';

/**
 * An XLSX workbook with one sheet per table (see `writeWorkbook`). Every cell is written as text or
 * number: a name like "1/2" or "=x" stays the text it was; a character XML cannot hold becomes U+FFFD.
 */
export async function writeXlsx(tables: readonly OutTable[]): Promise<Buffer> {
  return writeWorkbook(tables);
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe, and so does
 * text that already starts with one before such a character; `readCsv` takes exactly one off, so
 * the round trip stays lossless (OWASP "CSV injection").
 */
export function guardFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV with a header line, comma-separated, UTF-8 with a byte order mark so Excel reads accents right. */
export function writeCsv(table: OutTable): Buffer {
  const cells = (row: OutCell[]) => row.map((cell) => (typeof cell === 'string' ? guardFormula(cell) : (cell ?? '')));
  const text = stringify([table.headers, ...table.rows.map(cells)], { record_delimiter: '\r\n' });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}
