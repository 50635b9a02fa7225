import { Inflate } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { UnpackBudget } from '../table-limits';
import type { ZipEntry } from './zip-directory';

/** What a part's parser is told: elements by local name (without a prefix such as `x:`), and text. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** Compressed bytes given to the inflater at a time: deflate expands at most ~1,000 times, so one step yields at most ~4 MB. */
const step = 4096;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function plainAttributes(tag: SaxesTagPlain): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(tag.attributes)) out[localName(name)] = value;
  return out;
}

/**
 * Unpacks one part of the archive step by step and parses it as it comes, so neither the unpacked
 * XML nor a tree of it is ever held whole; every unpacked byte is taken from `budget`, which stops
 * the read when the file as a whole unpacks to more than its limit.
 */
export function parseXmlPart(zip: Buffer, entry: ZipEntry, budget: UnpackBudget, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), plainAttributes(tag)));
  parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const feed = (bytes: Uint8Array, final: boolean) => {
    budget.take(bytes.length);
    const text = decoder.decode(bytes, { stream: !final });
    if (text) parser.write(text);
  };
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += step) feed(data.subarray(at, at + step), at + step >= data.length);
    if (data.length === 0) feed(new Uint8Array(0), true);
  } else {
    const inflater = new Inflate(feed);
    for (let at = 0; at < data.length; at += step) inflater.push(data.subarray(at, at + step), at + step >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  }
  parser.close();
}
