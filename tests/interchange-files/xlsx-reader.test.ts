import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import { ValidationError } from '@weefsel/graph-schema';
import { demoGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, readXlsx, writeXlsx } from '../../api/src/interchange-files';
import { defaultTableLimits } from '../../api/src/interchange-files/table-limits';
import { tempStore, type TempStore } from './support';
import { actorRows, buildXlsx, rawXlsx, type PartOrder } from './xlsx-builder';

let demo: TempStore;
beforeAll(async () => {
  demo = await tempStore(demoGraph());
});
afterAll(() => demo.close());

const orders: PartOrder[] = ['excel', 'sharedStringsFirst'];

describe('XLSX reader: the part order does not matter', () => {
  for (const order of orders) {
    for (const count of [5, 50]) {
      it(`${count} rows, ${order} order: 20 reads give the same table`, async () => {
        const content = buildXlsx([{ name: 'Actoren', rows: actorRows(count) }], order);
        for (let run = 0; run < 20; run += 1) {
          const [table] = await readXlsx(content, 'actoren.xlsx');
          expect(table?.headers).toEqual(['Naam', 'Soort', 'Gemeente']);
          expect(table?.rows).toHaveLength(count);
          expect(table?.rows[count - 1]).toEqual({ row: count + 1, cells: [`Buurtproject ${count}`, 'Project', count % 2 === 1 ? 'Brugge' : 'Oostende'] });
        }
      });
    }
  }

  it('a 5-row workbook in Excel order plans without problems through the service', async () => {
    const plan = await demo.files.plan([{ name: 'actoren.xlsx', content: buildXlsx([{ name: 'Actoren', rows: actorRows(5) }], 'excel') }]);
    expect(plan.problems).toEqual([]);
    expect(plan.actors.create).toBe(5);
  });
});

describe('XLSX reader: no temporary files', () => {
  let dir: string;
  let saved: string | undefined;
  beforeAll(async () => {
    // A folder of our own: other test files use the machine's temporary folder at the same time.
    dir = await mkdtemp(path.join(tmpdir(), 'weefsel-tmpdir-'));
    saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    await rm(dir, { recursive: true, force: true });
  });

  for (const broken of ['brokenSheet', 'brokenSharedStrings'] as const) {
    it(`a sheet before its shared strings, ${broken}: refused, and nothing left in the temporary folder`, async () => {
      expect(tmpdir()).toBe(dir);
      const content = buildXlsx([{ name: 'Actoren', rows: actorRows(2_000) }], 'excel', { [broken]: true });
      await expect(demo.files.plan([{ name: 'kapot.xlsx', content }])).rejects.toMatchObject({
        issues: [expect.objectContaining({ code: 'unreadableFile', params: expect.objectContaining({ file: 'kapot.xlsx', format: 'XLSX' }) })],
      });
      // tsx keeps one compile cache there (tsx-<uid>), shared by every run: not a file of the upload.
      expect((await readdir(dir)).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
    });
  }
});

describe('XLSX reader: what a cell holds', () => {
  const sharedStrings = ['<t>Naam</t>', '<t>Ja</t>', '<r><t>Ri</t></r><r><rPr><b/></rPr><t>ch</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>', '<t>Fout</t>', '<t>Buurtwerk &amp; Co</t>'];
  const sheetData = [
    '<row r="1" ht="20" customHeight="1"/>',
    '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="inlineStr"><is><t>Sinds</t></is></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="str"><f>"For"&amp;"mule"</f><v>Formule</v></c><c r="E3" t="s"><v>2</v></c><c r="F3" t="s"><v>3</v></c></row>',
    '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" s="1"><v>45292</v></c><c r="C4" t="b"><v>1</v></c><c r="D4"><f>1+1</f><v>2</v></c><c r="E4" t="e"><v>#N/A</v></c><c r="G4" t="inlineStr"><is><r><t>Rijk</t></r><r><rPr><b/></rPr><t xml:space="preserve"> tekst</t></r></is></c></row>',
    '<row r="5"><c r="A5" s="2"><v>45292.5</v></c><c r="B5" s="3"><v>3.25</v></c><c r="C5" t="b"><v>0</v></c></row>',
  ].join('');
  const options = { sharedStrings, numFmtIds: [14, 164, 165], customFormats: { 164: 'dd/mm/yyyy hh:mm', 165: '0.00 "dagen"' }, sheetName: 'Partners' };

  it('text, rich text, dates from number formats, booleans, cached formula results, errors, blank leading rows, the sheet name', async () => {
    const [table] = await readXlsx(rawXlsx(sheetData, options), 'soorten.xlsx');
    expect(table).toEqual({
      name: 'Partners',
      headers: ['Naam', 'Sinds', 'Ja', 'Formule', 'Rich', 'Fout'],
      rows: [
        { row: 4, cells: ['Buurtwerk & Co', new Date('2024-01-01T00:00:00Z'), true, 2, '#N/A', null, 'Rijk tekst'] },
        { row: 5, cells: [new Date('2024-01-01T12:00:00Z'), 3.25, false] },
      ],
    });
  });

  it('dates of a workbook that counts from 1904', async () => {
    const [table] = await readXlsx(rawXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>Sinds</t></is></c></row><row r="2"><c r="A2" s="1"><v>43830</v></c></row>', { numFmtIds: [14], date1904: true }), 'mac.xlsx');
    expect(table?.rows).toEqual([{ row: 2, cells: [new Date('2024-01-01T00:00:00Z')] }]);
  });

  it('a damaged workbook is unreadable, with the reason', async () => {
    const good = buildXlsx([{ name: 'Actoren', rows: actorRows(5) }]);
    await expect(readXlsx(good.subarray(0, good.length - 30), 'kort.xlsx')).rejects.toThrow(/kort\.xlsx: is not a readable XLSX file \(its zip directory is missing/);
    await expect(readXlsx(rawXlsx('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'), 'wees.xlsx')).rejects.toThrow(/refers to shared string 7, which is not in the file/);
  });

  it('entities declared in the XML (a "billion laughs" bomb) are not expanded: the part is unreadable', async () => {
    const laughs = '<!DOCTYPE worksheet [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const parts = unzipSync(rawXlsx('<row><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row>'));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array).replace('<worksheet', `${laughs}<worksheet`);
    const bomb = Buffer.from(zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) }));
    await expect(readXlsx(bomb, 'lach.xlsx')).rejects.toThrow(/lach\.xlsx: is not a readable XLSX file \(.*undefined entity/);
  });
});

describe('XLSX and CSV limits: the first limit crossed stops the read and is named', () => {
  const small = { ...defaultTableLimits, rowsPerSheet: 3, columnsPerRow: 26, cells: 5, cellCharacters: 10, sheets: 2, zipEntries: 20, unpackedBytes: 4_000 };
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const refused = async (content: Buffer, code: string, params: Record<string, unknown>, limits = small) => {
    const error = await readXlsx(content, 'grens.xlsx', limits).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: 'grens.xlsx', code, params: { file: 'grens.xlsx', ...params } })]);
  };

  it('rows per sheet, empty rows included', () => refused(rawXlsx('<row/><row/><row/><row/>'), 'tooManyRows', { sheet: 'Blad1', max: 3 }));
  it('a value beyond the last column (a lone cell in column XFD too, with the default limits)', async () => {
    await refused(rawXlsx(`<row r="2">${cell('AA2', 'x')}</row>`), 'tooManyColumns', { sheet: 'Blad1', row: 2, max: 26 });
    await refused(rawXlsx(`<row r="1">${cell('XFD1', 'x')}</row>`), 'tooManyColumns', { sheet: 'Blad1', row: 1, max: 1_000 }, defaultTableLimits);
  });
  it('cells of all sheets together, and shared strings (no more than there can be cells)', async () => {
    await refused(rawXlsx(`<row>${cell('A1', 'a')}${cell('C1', 'c')}</row><row>${cell('C2', 'c')}</row>`), 'tooManyCells', { max: 5 });
    await refused(rawXlsx('', { sharedStrings: Array.from({ length: 6 }, (_, i) => `<t>${i}</t>`) }), 'tooManyCells', { max: 5 });
  });
  it('characters of a cell and of a shared string', async () => {
    await refused(rawXlsx(`<row>${cell('B1', 'elf tekens!')}</row>`), 'cellTooLong', { sheet: 'Blad1', cell: 'B1', max: 10 });
    await refused(rawXlsx('<row><c r="A1" t="s"><v>0</v></c></row>', { sharedStrings: ['<t>0123456789X</t>'] }), 'sharedStringTooLong', { index: 1, max: 10 });
  });
  it('sheets, parts of the archive, and unpacked bytes', async () => {
    await refused(rawXlsx('', { extraSheets: 2 }), 'tooManySheets', { max: 2 });
    await refused(rawXlsx('', { extraSheets: 1 }), 'tooManyZipEntries', { max: 7 }, { ...small, zipEntries: 7 });
    await refused(rawXlsx(`<row>${cell('A1', ' '.repeat(1000))}</row>`.repeat(4)), 'unpacksTooLarge', { max: 0 }, { ...defaultTableLimits, unpackedBytes: 4_000 });
  });
  it('CSV files: rows, columns and cells', async () => {
    const csv = (lines: string[]) => readCsv(Buffer.from(lines.join('\n')), 'grens.csv', small);
    await expect(csv(['a', 'b', 'c', 'd'])).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'tooManyRows', params: { file: 'grens.csv', sheet: 'grens.csv', max: 3 } })] });
    await expect(csv([Array(27).fill('x').join(',')])).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'tooManyColumns' })] });
    await expect(csv(['a,b,c', 'd,e,f'])).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'tooManyCells', params: { file: 'grens.csv', max: 5 } })] });
  });
});

describe('XLSX writer and reader together', () => {
  it("text that looks like Excel's _xHHHH_ escapes reads back as written; Excel's own escapes are undone", async () => {
    const names = ['_x0041_', 'a_x005F_b', 'Buurtwerk "De Link" & <Co>', ' spaties '];
    const [table] = await readXlsx(await writeXlsx([{ name: 'Tekst', headers: ['Naam'], rows: names.map((n) => [n]) }]), 'tekst.xlsx');
    expect(table?.rows.map((r) => r.cells[0])).toEqual(names);
    const [excel] = await readXlsx(rawXlsx('<row><c r="A1" t="inlineStr"><is><t>regel_x000D_\nregel</t></is></c></row>'), 'excel.xlsx');
    expect(excel?.headers).toEqual(['regel\r\nregel']);
  });
});
