import { SharedStringsHandler } from './shared-strings';
import { SheetHandler, type SheetRow } from './sheet-reader';
import { StylesHandler } from './styles';
import { RelationshipsHandler, WorkbookHandler, relationshipsPartOf, type Relationship } from './workbook-parts';
import { UnpackBudget, defaultTableLimits, limitError, type TableLimits } from '../table-limits';
import { parseXmlPart, type XmlHandler } from './xml-part';
import { XlsxFormatError, zipEntries, type ZipEntry } from './zip-directory';

/** A sheet as read: its name and its rows with a value (a sheet may start with blank rows). */
export interface SheetRows {
  name: string;
  rows: SheetRow[];
}

/** The parts of one archive, each parsed at most as often as it is asked for. */
class Archive {
  readonly budget: UnpackBudget;
  private readonly entries: Map<string, ZipEntry>;

  constructor(
    private readonly zip: Buffer,
    readonly file: string,
    readonly limits: TableLimits,
  ) {
    this.budget = new UnpackBudget(file, limits.unpackedBytes);
    this.entries = zipEntries(zip, limits.zipEntries, () => limitError(file, 'tooManyZipEntries', { max: limits.zipEntries }));
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  parse<H extends XmlHandler>(part: string, handler: H): H {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) throw new XlsxFormatError(`it has no part ${part}; save it again from Excel as .xlsx`);
    parseXmlPart(this.zip, entry, this.budget, handler);
    return handler;
  }

  relationships(part: string): Relationship[] {
    const rels = relationshipsPartOf(part);
    return this.has(rels) ? this.parse(rels, new RelationshipsHandler(part.replace(/[^/]*$/, ''))).relationships : [];
  }
}

function workbookPart(archive: Archive): string {
  const main = archive.relationships('').find((r) => r.type === 'officeDocument')?.target;
  return main ?? 'xl/workbook.xml';
}

/**
 * Reads every sheet of an XLSX file in tab order. The zip directory is read first and the shared
 * strings and styles before any sheet, whatever order the parts are stored in, all in memory (no
 * temporary files). Throws `ValidationError` at the first limit crossed, `XlsxFormatError` when
 * the file is not a workbook it can read.
 */
export function readWorkbook(zip: Buffer, file: string, limits: TableLimits = defaultTableLimits): SheetRows[] {
  const archive = new Archive(zip, file, limits);
  const main = workbookPart(archive);
  const workbook = archive.parse(main, new WorkbookHandler(limits.sheets, () => limitError(file, 'tooManySheets', { max: limits.sheets })));
  const related = archive.relationships(main);
  const partOf = (type: string) => related.find((r) => r.type === type)?.target;
  const sharedStringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  const sharedStrings = sharedStringsPart && archive.has(sharedStringsPart) ? archive.parse(sharedStringsPart, new SharedStringsHandler(file, limits)).strings : [];
  const dateStyles = stylesPart && archive.has(stylesPart) ? archive.parse(stylesPart, new StylesHandler()).dateStyles : [];
  const sheets: SheetRows[] = [];
  let cells = 0;
  for (const ref of workbook.sheets) {
    const part = related.find((r) => r.id === ref.relationshipId && r.type === 'worksheet')?.target;
    // Chart sheets and dialog sheets hold no table.
    if (!part) continue;
    const context = { file, sheet: ref.name, sharedStrings, dateStyles, date1904: workbook.date1904, limits, cellsBefore: cells };
    const handler = archive.parse(part, new SheetHandler(context));
    cells += handler.cells;
    sheets.push({ name: ref.name, rows: handler.rows });
  }
  return sheets;
}
