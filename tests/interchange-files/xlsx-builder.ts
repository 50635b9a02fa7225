import { createDeflateRaw, crc32 } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';

/**
 * Hand-built XLSX workbooks for the reader's tests: the part order is chosen (Excel writes the sheets
 * before the shared strings), and bombs are built without ever holding their inflated content.
 */

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export type PartOrder = 'excel' | 'sharedStringsFirst';

/** One sheet of text cells, stored as shared strings (as Excel does). */
export interface SheetSpec {
  name: string;
  rows: string[][];
}

function sharedStringsPart(sheets: readonly SheetSpec[]): { xml: string; index: Map<string, number> } {
  const index = new Map<string, number>();
  for (const cell of sheets.flatMap((s) => s.rows.flat())) if (!index.has(cell)) index.set(cell, index.size);
  const items = [...index.keys()].map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('');
  return { xml: `${xmlHeader}<sst xmlns="${mainNs}" count="${index.size}" uniqueCount="${index.size}">${items}</sst>`, index };
}

function sheetPart(sheet: SheetSpec, strings: Map<string, number>): string {
  const rows = sheet.rows
    .map((cells, r) => `<row r="${r + 1}">${cells.map((cell, c) => `<c r="${columnName(c)}${r + 1}" t="s"><v>${strings.get(cell)}</v></c>`).join('')}</row>`)
    .join('');
  return `${xmlHeader}<worksheet xmlns="${mainNs}"><sheetData>${rows}</sheetData></worksheet>`;
}

function workbookParts(sheetNames: readonly string[]): Record<string, string> {
  const sheets = sheetNames.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheetNames.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const shared = `<Relationship Id="rId${sheetNames.length + 1}" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>`;
  const overrides = sheetNames
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return {
    '[Content_Types].xml': `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xmlHeader}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${shared}</Relationships>`,
  };
}

/** A workbook of text sheets with its parts zipped in the given order. */
export function buildXlsx(sheets: readonly SheetSpec[], order: PartOrder = 'excel', options: { brokenSharedStrings?: boolean; brokenSheet?: boolean } = {}): Buffer {
  const shared = sharedStringsPart(sheets);
  // Unclosed elements: any XML parser stops there.
  if (options.brokenSharedStrings) shared.xml = shared.xml.replace('</sst>', '<si><t>cut off');
  const base = workbookParts(sheets.map((s) => s.name));
  const sheetParts = Object.fromEntries(sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetPart(s, shared.index)]));
  // A tag that no XML parser accepts, in the middle of the last sheet.
  if (options.brokenSheet) {
    const last = `xl/worksheets/sheet${sheets.length}.xml`;
    const xml = sheetParts[last] as string;
    sheetParts[last] = `${xml.slice(0, xml.length / 2)}<<c r=>${xml.slice(xml.length / 2)}`;
  }
  const ordered: Record<string, string> =
    order === 'excel'
      ? { ...base, ...sheetParts, 'xl/sharedStrings.xml': shared.xml }
      : { '[Content_Types].xml': base['[Content_Types].xml'] as string, 'xl/sharedStrings.xml': shared.xml, ...base, ...sheetParts };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(ordered).map(([name, xml]) => [name, strToU8(xml)]))));
}

/**
 * A workbook of one sheet whose XML (inside `<sheetData>`) is given as is, with these shared strings
 * and these cell formats (`<cellXfs>` entries: their numFmtId); `extraSheets` adds empty sheets.
 */
export function rawXlsx(sheetData: string, options: { sharedStrings?: string[]; numFmtIds?: number[]; customFormats?: Record<number, string>; sheetName?: string; extraSheets?: number; date1904?: boolean } = {}): Buffer {
  const names = [options.sheetName ?? 'Blad1', ...Array.from({ length: options.extraSheets ?? 0 }, (_, i) => `Extra${i + 1}`)];
  const base = workbookParts(names);
  if (options.date1904) base['xl/workbook.xml'] = (base['xl/workbook.xml'] as string).replace('<sheets>', '<workbookPr date1904="1"/><sheets>');
  const strings = (options.sharedStrings ?? []).map((si) => `<si>${si}</si>`).join('');
  const formats = Object.entries(options.customFormats ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('');
  const xfs = [0, ...(options.numFmtIds ?? [])].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`).join('');
  const parts: Record<string, string> = {
    ...base,
    'xl/_rels/workbook.xml.rels': (base['xl/_rels/workbook.xml.rels'] as string).replace('</Relationships>', `<Relationship Id="rIdS" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`),
    'xl/styles.xml': `${xmlHeader}<styleSheet xmlns="${mainNs}"><numFmts>${formats}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${xmlHeader}<sst xmlns="${mainNs}">${strings}</sst>`,
  };
  names.forEach((_, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `${xmlHeader}<worksheet xmlns="${mainNs}"><sheetData>${i === 0 ? sheetData : ''}</sheetData></worksheet>`));
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]))));
}

/** An actors sheet of `count` rows (Dutch headers), as a coordinator would make it. */
export function actorRows(count: number, prefix = 'Buurtproject'): string[][] {
  return [['Naam', 'Soort', 'Gemeente'], ...Array.from({ length: count }, (_, i) => [`${prefix} ${i + 1}`, 'Project', i % 2 === 0 ? 'Brugge' : 'Oostende'])];
}

/** Deflates `repeat` copies of `chunk` as a stream: the inflated part is never in memory. */
async function deflateRepeated(head: Buffer, chunk: Buffer, repeat: number, tail: Buffer): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < repeat; i += 1) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  return { data: Buffer.concat(out), size: head.length + chunk.length * repeat + tail.length, crc };
}

interface RawEntry {
  name: string;
  data: Buffer;
  size: number;
  crc: number;
}

/** A zip of deflated entries (method 8), written by hand so an entry may inflate to far more than memory. */
function zipOf(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function plainEntry(name: string, text: string): Promise<RawEntry> {
  return { name, ...(await deflateRepeated(Buffer.from(text, 'utf8'), Buffer.alloc(0), 0, Buffer.alloc(0))) };
}

/**
 * A workbook whose one sheet holds `repeat` copies of `rowXml` (e.g. 10 million tiny rows), with
 * the shared strings after the sheet, as Excel orders them.
 */
export async function bombXlsx(rowXml: string, repeat: number): Promise<Buffer> {
  const base = workbookParts(['Bom']);
  const head = Buffer.from(`${xmlHeader}<worksheet xmlns="${mainNs}"><sheetData>`, 'utf8');
  const tail = Buffer.from('</sheetData></worksheet>', 'utf8');
  // Many copies per chunk: each write to the deflater costs a call, not a byte.
  const perChunk = Math.max(1, Math.floor(65_536 / rowXml.length));
  const chunk = Buffer.from(rowXml.repeat(perChunk), 'utf8');
  const sheet = { name: 'xl/worksheets/sheet1.xml', ...(await deflateRepeated(head, chunk, Math.ceil(repeat / perChunk), tail)) };
  const parts = [];
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) parts.push(await plainEntry(name, base[name] as string));
  parts.push(sheet, await plainEntry('xl/sharedStrings.xml', `${xmlHeader}<sst xmlns="${mainNs}" count="1" uniqueCount="1"><si><t>x</t></si></sst>`));
  return zipOf(parts);
}

/** Bytes the bomb's sheet inflates to, for the test's own bookkeeping. */
export function bombSheetBytes(rowXml: string, repeat: number): number {
  const perChunk = Math.max(1, Math.floor(65_536 / rowXml.length));
  return Math.ceil(repeat / perChunk) * perChunk * Buffer.byteLength(rowXml);
}
