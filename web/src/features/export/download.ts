/** Offers `data` as a file download (an <a download> click: no server round trip, works offline). */
export function download(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the scope's name and the date: "weefsel-eerstelijnszone-oostende-2024-01-31". */
export function exportBaseName(scopeName: string | null, asOf: string | null): string {
  const slug = (scopeName ?? 'regio').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ['weefsel', slug || 'regio', asOf].filter(Boolean).join('-');
}
