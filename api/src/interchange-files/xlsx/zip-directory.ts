/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; the only two methods XLSX writers use. */
  method: number;
  compressedSize: number;
  /** Where the compressed bytes start in the archive. */
  dataOffset: number;
}

const endOfDirectory = 0x06054b50;
const directoryHeader = 0x02014b50;
const localHeader = 0x04034b50;

/** Thrown for a file the reader cannot use (archive or XML); the caller turns it into an `unreadableFile` problem. */
export class XlsxFormatError extends Error {
  override name = 'XlsxFormatError';
}

function findEndOfDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at -= 1) if (zip.readUInt32LE(at) === endOfDirectory) return at;
  throw new XlsxFormatError('its zip directory is missing; the file is cut off or not a zip archive');
}

function dataOffsetOf(zip: Buffer, headerOffset: number, name: string): number {
  if (headerOffset + 30 > zip.length || zip.readUInt32LE(headerOffset) !== localHeader) {
    throw new XlsxFormatError(`the zip entry ${name} points outside the archive`);
  }
  return headerOffset + 30 + zip.readUInt16LE(headerOffset + 26) + zip.readUInt16LE(headerOffset + 28);
}

/**
 * The entries of a zip archive from its central directory (read first, so the order of the parts in
 * the file does not matter). At most `maxEntries`; `onTooMany` raises the caller's limit error.
 */
export function zipEntries(zip: Buffer, maxEntries: number, onTooMany: (count: number) => Error): Map<string, ZipEntry> {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new XlsxFormatError('it is a ZIP64 archive, which no spreadsheet of this size needs; save it again from Excel');
  if (count > maxEntries) throw onTooMany(count);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== directoryHeader) throw new XlsxFormatError('its zip directory is damaged');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 1) throw new XlsxFormatError('it is encrypted; save it again without a password');
    if (method !== 0 && method !== 8) throw new XlsxFormatError(`the zip entry ${name} uses compression method ${method}; save it again from Excel`);
    const dataOffset = dataOffsetOf(zip, zip.readUInt32LE(at + 42), name);
    if (dataOffset + compressedSize > zip.length) throw new XlsxFormatError(`the zip entry ${name} is cut off`);
    // Part names are case-insensitive in OOXML and may start with a slash in relationships.
    entries.set(name.replace(/^\//, '').toLowerCase(), { name, method, compressedSize, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
