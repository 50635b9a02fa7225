import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ValidationError } from '@weefsel/graph-schema';
import type { CellValue } from './values';

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

/** The plain value of an exceljs cell: formulas give their result, rich text and links their text. */
function plainCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('text' in value) return plainCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

function toTable(name: string, rows: TableRow[]): Table {
  const header = rows.shift();
  const headers = (header?.cells ?? []).map((cell) => (cell === null ? '' : String(cell instanceof Date ? cell.toISOString() : cell).trim()));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  return { name, headers, rows };
}

/**
 * Reads every sheet with exceljs's streaming reader (a 100,000-row sheet never becomes one big
 * workbook object). Shared strings and styles are cached: styles say which numbers are dates.
 */
export async function readXlsx(content: Buffer, fileName: string): Promise<Table[]> {
  const tables: Table[] = [];
  // An XLSX file is a zip archive. Checked first: exceljs's reader waits forever on an empty stream.
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) {
    throw unreadable(fileName, 'XLSX', new Error('it is not a zip archive, as every .xlsx file is; save it from Excel as .xlsx, or as .csv'));
  }
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      const rows: TableRow[] = [];
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        rows.push({ row: row.number, cells: values.slice(1).map((v) => plainCell(v)) });
      }
      const name = (sheet as unknown as { name?: string }).name ?? `Sheet${tables.length + 1}`;
      // exceljs skips empty rows; a sheet whose first row is not row 1 starts with blank rows.
      tables.push(toTable(name, rows));
    }
  } catch (error) {
    throw unreadable(fileName, 'XLSX', error);
  }
  return tables;
}

/** Undoes `guardFormula` of the CSV writer: one apostrophe before =, +, -, @ comes off. */
function unguardFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** CSV with a header line; the delimiter (comma or semicolon, as Belgian Excel writes) is detected. */
export async function readCsv(content: Buffer, fileName: string): Promise<Table> {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: TableRow[] = [];
  try {
    const parser = Readable.from([text]).pipe(parse({ delimiter, relax_column_count: true, bom: true, skip_empty_lines: false }));
    let number = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      number += 1;
      rows.push({ row: number, cells: record.map((cell) => (cell === '' ? null : unguardFormula(cell))) });
    }
  } catch (error) {
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

export async function readTables(files: readonly InputFile[]): Promise<Table[]> {
  const tables: Table[] = [];
  for (const file of files) {
    const format = tableFormatOf(file.name);
    if (format === 'xlsx') tables.push(...(await readXlsx(file.content, file.name)));
    else if (format === 'csv') tables.push(await readCsv(file.content, file.name));
    else {
      const issue = { path: file.name, message: 'has an unknown extension; use .xlsx, .csv or .json', code: 'unknownExtension' as const, params: { file: file.name } };
      throw new ValidationError(`import ${file.name}`, [issue]);
    }
  }
  return tables;
}
