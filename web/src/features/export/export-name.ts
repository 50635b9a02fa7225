/** A file name from the scope's name and the date: "weefsel-eerstelijnszone-oostende-2024-01-31". */
export function exportBaseName(scopeName: string | null, asOf: string | null): string {
  const slug = (scopeName ?? 'regio').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ['weefsel', slug || 'regio', asOf].filter(Boolean).join('-');
}
