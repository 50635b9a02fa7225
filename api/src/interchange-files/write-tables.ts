import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { OutCell, OutTable } from './table-rows';

/**
 * An XLSX workbook with one sheet per table, written with exceljs's streaming writer (rows are
 * committed as they go, so 100,000 relations do not sit in memory as cell objects). Every cell is
 * written as text or number: a name like "1/2" or "=x" stays the text it was.
 */
export async function writeXlsx(tables: readonly OutTable[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Weefsel';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header) => ({ header, width: Math.max(12, Math.min(40, header.length + 4)) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of table.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
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
