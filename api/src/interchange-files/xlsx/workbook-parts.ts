import path from 'node:path/posix';
import type { XmlHandler } from './xml-part';

/** A relationship of a part: its type (the last word of the type URI) and the target part's path. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Reads a `.rels` part; targets are resolved against the folder of the part they belong to. */
export class RelationshipsHandler implements XmlHandler {
  readonly relationships: Relationship[] = [];

  constructor(private readonly ownerFolder: string) {}

  open(name: string, attributes: Record<string, string>): void {
    if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
    const target = attributes.Target ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : path.normalize(path.join(this.ownerFolder, target));
    this.relationships.push({ id: attributes.Id ?? '', type: (attributes.Type ?? '').replace(/^.*\//, ''), target: resolved });
  }

  close(): void {}
  text(): void {}
}

/** A sheet as the workbook lists it: its name and the relationship id of its part. */
export interface SheetRef {
  name: string;
  relationshipId: string;
}

/** Reads `workbook.xml`: the sheets in their tab order, and whether dates count from 1904 (old Mac Excel). */
export class WorkbookHandler implements XmlHandler {
  readonly sheets: SheetRef[] = [];
  date1904 = false;

  constructor(private readonly maxSheets: number, private readonly onTooMany: () => Error) {}

  open(name: string, attributes: Record<string, string>): void {
    if (name === 'workbookPr') this.date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    if (name !== 'sheet') return;
    if (this.sheets.length >= this.maxSheets) throw this.onTooMany();
    this.sheets.push({ name: attributes.name ?? `Sheet${this.sheets.length + 1}`, relationshipId: attributes.id ?? '' });
  }

  close(): void {}
  text(): void {}
}

/** The `.rels` part of a part: `xl/workbook.xml` has `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  return path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
}
