import type { ColumnChoice, ImportProperty, ImportSheet } from './import.api';

/** Base64 of bytes in chunks (String.fromCharCode on a whole 10 MB file overflows the call stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const acceptedExtensions = ['.xlsx', '.csv', '.json'] as const;

/** Files the import cannot read, by name (checked before anything is uploaded). */
export function unsupportedFiles(names: readonly string[]): string[] {
  return names.filter((name) => !acceptedExtensions.some((ext) => name.toLowerCase().endsWith(ext)));
}

/**
 * The mapping to send: one choice per column of every sheet the user changed, so the server's
 * guess stays in charge of the sheets nobody touched.
 */
export function mappingOf(sheets: readonly ImportSheet[], changes: Readonly<Record<string, string | null>>): ColumnChoice[] {
  const touched = new Set(Object.keys(changes).map((key) => key.slice(0, key.indexOf('\u0000'))));
  return sheets
    .filter((sheet) => touched.has(sheet.sheet))
    .flatMap((sheet) =>
      sheet.columns.map((c) => {
        const key = changeKey(sheet.sheet, c.column);
        return { sheet: sheet.sheet, column: c.column, property: key in changes ? (changes[key] ?? null) : (c.property ?? null) };
      }),
    );
}

export const changeKey = (sheet: string, column: string) => `${sheet}\u0000${column}`;

/** The properties a column of this sheet can take: those of its role, or all when the role is unknown. */
export function optionsFor(sheet: ImportSheet, properties: readonly ImportProperty[]): ImportProperty[] {
  return sheet.role ? properties.filter((p) => p.role === sheet.role) : [...properties];
}
