import type { XmlHandler } from './xml-part';

/** Excel's built-in number formats that show a date or a time (ids 14-22 and 45-47 in every locale). */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when it has d, m, y, h or s outside quotes, escapes and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}

/**
 * Which cell styles (`s` of a cell, an index into `cellXfs`) format numbers as dates: a date in an
 * XLSX file is a number of days with such a style.
 */
export class StylesHandler implements XmlHandler {
  private readonly customDates = new Set<number>();
  private readonly custom = new Set<number>();
  readonly dateStyles: boolean[] = [];
  private inCellXfs = false;

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'numFmt') {
      const id = Number(attributes.numFmtId);
      this.custom.add(id);
      if (isDateFormat(attributes.formatCode ?? '')) this.customDates.add(id);
    } else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs) {
      const id = Number(attributes.numFmtId ?? 0);
      this.dateStyles.push(this.custom.has(id) ? this.customDates.has(id) : builtInDateFormats.has(id));
    }
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  text(): void {}
}
