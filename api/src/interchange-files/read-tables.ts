import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ValidationError } from '@weefsel/graph-schema';
import type { CellValue } from './values';
import { readWorkbook } from './xlsx/read-workbook';
import { defaultTableLimits, limitError, type TableLimits } from './table-limits';

/** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** A sheet of an XLSX workbook, or a whole CSV file (named after the file). */
export interface Table {
  name: string;
  headers: string[];
  rows: TableRow[];
}

export type TableFormat = 'xlsx' | 'csv';

/** The format of a file from its name, or null when it is not a spreadsheet. */
export function tableFormatOf(fileName: string): TableFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return null;
}

function unreadable(fileName: string, what: string, error: unknown): ValidationError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ValidationError(`import ${fileName}`, [
    { path: fileName, message: `is not a readable ${what} file (${detail})`, code: 'unreadableFile', params: { file: fileName, format: what, detail } },
  ]);
}

function toTable(name: string, rows: TableRow[]): Table {
  const header = rows.shift();
  const headers = (header?.cells ?? []).map((cell) => (cell === null ? '' : String(cell instanceof Date ? cell.toISOString() : cell).trim()));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return { name, headers, rows };
}

/**
 * Reads every sheet of an XLSX file (see `readWorkbook`: in memory, within `limits`); a file that is
 * not a workbook is refused as unreadable, one that crosses a limit with that limit.
 */
export async function readXlsx(content: Buffer, fileName: string, limits: TableLimits = defaultTableLimits): Promise<Table[]> {
  // An XLSX file is a zip archive; this says so more plainly than a missing zip directory would.
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) {
    throw unreadable(fileName, 'XLSX', new Error('it is not a zip archive, as every .xlsx file is; save it from Excel as .xlsx, or as .csv'));
  }
  try {
    return readWorkbook(content, fileName, limits).map((sheet) => toTable(sheet.name, sheet.rows));
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw unreadable(fileName, 'XLSX', error);
  }
}

/** Undoes `guardFormula` of the CSV writer: one apostrophe before =, +, -, @ comes off. */
function unguardFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A CSV file is one sheet: the XLSX limits on rows and columns hold for it too. */
function checkCsvRow(file: string, row: number, columns: number, cells: number, limits: TableLimits): void {
  if (row > limits.rowsPerSheet) throw limitError(file, 'tooManyRows', { sheet: file, max: limits.rowsPerSheet });
  if (columns > limits.columnsPerRow) throw limitError(file, 'tooManyColumns', { sheet: file, row, max: limits.columnsPerRow });
  if (cells > limits.cells) throw limitError(file, 'tooManyCells', { max: limits.cells });
}

/** CSV with a header line; the delimiter (comma or semicolon, as Belgian Excel writes) is detected. */
export async function readCsv(content: Buffer, fileName: string, limits: TableLimits = defaultTableLimits): Promise<Table> {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: TableRow[] = [];
  try {
    const parser = Readable.from([text]).pipe(parse({ delimiter, relax_column_count: true, bom: true, skip_empty_lines: false }));
    let number = 0;
    let cells = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      cells += record.length;
      checkCsvRow(fileName, number, record.length, cells, limits);
      rows.push({ row: number, cells: record.map((cell) => (cell === '' ? null : unguardFormula(cell))) });
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw unreadable(fileName, 'CSV', error);
  }
  const name = fileName.replace(/^.*[\\/]/, '');
  return toTable(name, rows);
}

/** An input file as given to the import: its name (for the format and the messages) and bytes. */
export interface InputFile {
  name: string;
  content: Buffer;
}

export async function readTables(files: readonly InputFile[], limits: TableLimits = defaultTableLimits): Promise<Table[]> {
  const tables: Table[] = [];
  for (const file of files) {
    const format = tableFormatOf(file.name);
    if (format === 'xlsx') tables.push(...(await readXlsx(file.content, file.name, limits)));
    else if (format === 'csv') tables.push(await readCsv(file.content, file.name, limits));
    else {
      const issue = { path: file.name, message: 'has an unknown extension; use .xlsx, .csv or .json', code: 'unknownExtension' as const, params: { file: file.name } };
      throw new ValidationError(`import ${file.name}`, [issue]);
    }
  }
  return tables;
}
