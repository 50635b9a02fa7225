import type { CellValue } from '../values';
import { limitError, type TableLimits } from '../table-limits';
import type { XmlHandler } from './xml-part';
import { unescapeXmlText } from './xml-text';
import { XlsxFormatError } from './zip-directory';

/** A row with at least one value: its number in the sheet and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** What a sheet's cells need from the rest of the workbook, and the limits of the whole file. */
export interface SheetContext {
  file: string;
  sheet: string;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  limits: TableLimits;
  /** Cells read in earlier sheets of the file, for the limit on all sheets together. */
  cellsBefore: number;
}

/** Column index (A = 0) of a cell reference such as `AB12`, or null without one. */
function columnOf(reference: string | undefined): number | null {
  const letters = /^[A-Z]{1,3}/i.exec(reference ?? '')?.[0];
  if (!letters) return null;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** An Excel serial date (days since 30/12/1899, or since 1/1/1904) as a UTC date. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

interface OpenCell {
  column: number;
  type: string;
  style: number;
  text: string[];
  length: number;
}

/**
 * Builds the rows of one sheet from its XML as it streams by: `<row>` of `<c>` cells, whose value
 * is in `<v>` (numbers, shared string indexes, booleans, errors, cached formula results) or in
 * `<is>` (inline strings, plain or rich). Stops at the first limit crossed.
 */
export class SheetHandler implements XmlHandler {
  readonly rows: SheetRow[] = [];
  cells = 0;
  private rowElements = 0;
  private lastRow = 0;
  private current: { row: number; cells: CellValue[]; nextColumn: number } | null = null;
  private cell: OpenCell | null = null;
  private collecting = false;
  private phonetic = 0;

  constructor(private readonly context: SheetContext) {}

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'row') this.openRow(attributes.r);
    else if (name === 'c' && this.current) {
      const column = columnOf(attributes.r) ?? this.current.nextColumn;
      this.current.nextColumn = column + 1;
      this.cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), text: [], length: 0 };
    } else if (name === 'rPh') this.phonetic += 1;
    else if (this.cell && (name === 'v' || (name === 't' && this.cell.type === 'inlineStr'))) this.collecting = true;
  }

  close(name: string): void {
    if (name === 'row') this.closeRow();
    else if (name === 'c') this.closeCell();
    else if (name === 'rPh') this.phonetic -= 1;
    else if (name === 'v' || name === 't') this.collecting = false;
  }

  text(text: string): void {
    if (!this.cell || !this.collecting || this.phonetic > 0) return;
    this.cell.length += text.length;
    if (this.cell.length > this.context.limits.cellCharacters) this.tooLong(this.cell.column);
    this.cell.text.push(text);
  }

  private openRow(reference: string | undefined): void {
    const { limits, file, sheet } = this.context;
    this.rowElements += 1;
    if (this.rowElements > limits.rowsPerSheet) throw limitError(file, 'tooManyRows', { sheet, max: limits.rowsPerSheet });
    this.lastRow = Number(reference) || this.lastRow + 1;
    this.current = { row: this.lastRow, cells: [], nextColumn: 0 };
  }

  private closeRow(): void {
    const row = this.current;
    this.current = null;
    if (!row || !row.cells.some((c) => c !== null && c !== undefined)) return;
    const cells = Array.from(row.cells, (c) => c ?? null);
    this.cells += cells.length;
    const { limits, file, cellsBefore } = this.context;
    if (cellsBefore + this.cells > limits.cells) throw limitError(file, 'tooManyCells', { max: limits.cells });
    this.rows.push({ row: row.row, cells });
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = null;
    if (!cell || !this.current) return;
    const value = this.valueOf(cell);
    if (value === null) return;
    const { limits, file, sheet } = this.context;
    if (cell.column >= limits.columnsPerRow) throw limitError(file, 'tooManyColumns', { sheet, row: this.current.row, max: limits.columnsPerRow });
    this.current.cells[cell.column] = value;
  }

  private valueOf(cell: OpenCell): CellValue {
    const text = unescapeXmlText(cell.text.join(''));
    if (text === '') return null;
    switch (cell.type) {
      case 's': {
        const shared = this.context.sharedStrings[Number(text)];
        if (shared === undefined) throw new XlsxFormatError(`a cell of sheet ${this.context.sheet} refers to shared string ${text}, which is not in the file`);
        if (shared.length > this.context.limits.cellCharacters) this.tooLong(cell.column);
        return shared === '' ? null : shared;
      }
      case 'b':
        return text === '1' || text.toLowerCase() === 'true';
      case 'inlineStr':
      case 'str':
      case 'e':
        return text;
      case 'd': {
        const date = new Date(text);
        return Number.isNaN(date.getTime()) ? text : date;
      }
      default: {
        const number = Number(text);
        if (!Number.isFinite(number)) return text;
        return this.context.dateStyles[cell.style] ? excelDate(number, this.context.date1904) : number;
      }
    }
  }

  private tooLong(column: number): never {
    const { limits, file, sheet } = this.context;
    const letters = (n: number): string => (n < 0 ? '' : letters(Math.floor(n / 26) - 1) + String.fromCharCode(65 + (n % 26)));
    throw limitError(file, 'cellTooLong', { sheet, cell: `${letters(column)}${this.current?.row ?? ''}`, max: limits.cellCharacters });
  }
}
