import { ValidationError, problemText, type ProblemCode, type ProblemParams } from '@weefsel/graph-schema';

/**
 * What one spreadsheet file may hold (rows, columns and cells apply to CSV files too). A
 * 100,000-relation XLSX export (about 4.5 MB) unpacks to about 40 MB in 120,000 rows and 1.1 million
 * cells; these allow about 2.5 times that, which a reading worker's heap still holds. A network
 * larger than that (a 14 MB XLSX can carry some 320,000 relations) is imported as several files. Each is checked
 * while the file is unpacked and parsed, so a file that crosses one stops there.
 */
export interface TableLimits {
  /** Bytes all parts read together may unpack to. */
  unpackedBytes: number;
  sheets: number;
  /** Rows per sheet or CSV file, the header and empty rows included. */
  rowsPerSheet: number;
  /** Columns of a row, counted up to its last cell (a lone cell in column XFD counts 16,384). */
  columnsPerRow: number;
  /** Cells of all sheets together, counted as for `columnsPerRow`. */
  cells: number;
  /** Characters of one cell or shared string: Excel's own maximum. */
  cellCharacters: number;
  /** Files in the zip archive. */
  zipEntries: number;
}

export const defaultTableLimits: TableLimits = {
  unpackedBytes: 200 * 1024 * 1024,
  sheets: 50,
  rowsPerSheet: 300_000,
  columnsPerRow: 1_000,
  cells: 3_000_000,
  cellCharacters: 32_767,
  zipEntries: 1_000,
};

/** A file crosses a limit: the problem names the file, where it is and the limit, and the read stops. */
export function limitError(file: string, code: ProblemCode, params: ProblemParams): ValidationError {
  const all = { file, ...params };
  // The path is the file already: its message does not repeat it.
  const text = problemText(code, all);
  const message = text.startsWith(file) ? text.slice(file.length).replace(/^:? /, '') : text;
  return new ValidationError(`import ${file}`, [{ path: file, message, code, params: all }]);
}

/**
 * Counts what was unpacked so far against `limits.unpackedBytes`, across all parts of one file.
 */
export class UnpackBudget {
  private used = 0;

  constructor(
    private readonly file: string,
    private readonly maxBytes: number,
  ) {}

  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.maxBytes) throw limitError(this.file, 'unpacksTooLarge', { max: Math.round(this.maxBytes / 1024 / 1024) });
  }
}
