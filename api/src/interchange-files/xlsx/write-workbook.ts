import { Zip, ZipDeflate } from 'fflate';
import type { OutCell, OutTable } from '../table-rows';
import { escapeXml, escapeXmlText } from './xml-text';

const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Text as a string value (`t="str"`, no shared strings table to build, as exceljs wrote it before);
 * numbers as numbers; empty cells left out.
 */
function cellXml(value: OutCell, reference: string, style: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${reference}"${style}><v>${value}</v></c>`;
  return `<c r="${reference}"${style} t="str"><v>${escapeXmlText(String(value))}</v></c>`;
}

function rowXml(cells: readonly OutCell[], row: number, bold = false): string {
  const style = bold ? ' s="1"' : '';
  return `<row r="${row}">${cells.map((cell, i) => cellXml(cell, `${columnName(i)}${row}`, style)).join('')}</row>`;
}

/** The header row stays in view (frozen) and is bold; columns are as wide as their header, within 12-40. */
function sheetHead(table: OutTable): string {
  const widths = table.headers.map((h, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, Math.min(40, h.length + 4))}" customWidth="1"/>`).join('');
  const view = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${header}<worksheet xmlns="${mainNs}">${view}${widths ? `<cols>${widths}</cols>` : ''}<sheetData>${rowXml(table.headers, 1, true)}`;
}

function packageParts(tables: readonly OutTable[]): Record<string, string> {
  const overrides = tables.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join('');
  const sheets = tables.map((t, i) => `<sheet name="${escapeXml(t.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = tables.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const pkgRels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return {
    '[Content_Types].xml': `${header}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
    '_rels/.rels': `${header}<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${header}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${header}<Relationships xmlns="${pkgRels}">${rels}<Relationship Id="rId${tables.length + 1}" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    // Style 0 is plain, style 1 bold (the header row). Excel needs the two default fills.
    'xl/styles.xml': `${header}<styleSheet xmlns="${mainNs}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
}

/** Rows go to the deflater in batches: 100,000 relations never become one XML string. */
const rowsPerBatch = 1_000;

/** An XLSX workbook with one sheet per table, zipped as it is written. */
export function writeWorkbook(tables: readonly OutTable[]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const part = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    return (text: string, final = false) => file.push(Buffer.from(text, 'utf8'), final);
  };
  for (const [name, xml] of Object.entries(packageParts(tables))) part(name)(xml, true);
  tables.forEach((table, i) => {
    const push = part(`xl/worksheets/sheet${i + 1}.xml`);
    push(sheetHead(table));
    for (let start = 0; start < table.rows.length; start += rowsPerBatch) {
      push(table.rows.slice(start, start + rowsPerBatch).map((cells, j) => rowXml(cells, start + j + 2)).join(''));
    }
    push('</sheetData></worksheet>', true);
  });
  zip.end();
  return Buffer.concat(chunks);
}
