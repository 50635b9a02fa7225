import { describe, expect, it } from 'vitest';
import type { ImportProperty, ImportSheet } from './import.api';
import { base64ToBytes } from '../../api/export.api';
import { bytesToBase64, changeKey, mappingOf, optionsFor, unsupportedFiles } from './import-files';

const sheet = (name: string, role: ImportSheet['role'], columns: [string, string | null][]): ImportSheet => ({
  sheet: name,
  role,
  rows: 3,
  columns: columns.map(([column, property]) => ({ column, property })),
});

describe('import page helpers', () => {
  it('base64 of large files equals the one-piece encoding, chunk borders included', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')));
    expect(bytesToBase64(new TextEncoder().encode('Naam,Soort'))).toBe('TmFhbSxTb29ydA==');
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('refuses extensions the import cannot read', () => {
    expect(unsupportedFiles(['a.XLSX', 'b.csv', 'c.json', 'd.xls', 'e.ods'])).toEqual(['d.xls', 'e.ods']);
  });

  it('sends every column of a changed sheet (guesses kept, the change applied) and nothing for untouched sheets', () => {
    const sheets = [sheet('Actoren', 'actors', [['Organisatie', null], ['Type', 'kind']]), sheet('Relaties', 'relations', [['Van', 'source']])];
    expect(mappingOf(sheets, { [changeKey('Actoren', 'Organisatie')]: 'name' })).toEqual([
      { sheet: 'Actoren', column: 'Organisatie', property: 'name' },
      { sheet: 'Actoren', column: 'Type', property: 'kind' },
    ]);
    expect(mappingOf(sheets, {})).toEqual([]);
  });

  it('offers the properties of the sheet role, or all of them when the role is unknown', () => {
    const properties: ImportProperty[] = [
      { role: 'actors', key: 'name', labelNl: 'Naam', labelEn: 'Name', required: true },
      { role: 'relations', key: 'source', labelNl: 'Van', labelEn: 'Source', required: true },
    ];
    expect(optionsFor(sheet('A', 'actors', []), properties).map((p) => p.key)).toEqual(['name']);
    expect(optionsFor(sheet('B', null, []), properties).map((p) => p.key)).toEqual(['name', 'source']);
  });
});
