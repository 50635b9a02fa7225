import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { GraphDocument } from '@weefsel/graph-schema';

/**
 * Writes the interchange JSON with one actor or relation per line: still one JSON document, but
 * diffable and greppable, and streamed in chunks so 250,000 relations never become one huge string.
 */
export async function writeDocument(doc: GraphDocument, out: Writable): Promise<void> {
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const section = async (name: string, entries: readonly unknown[], last: boolean) => {
    await write(`"${name}": [\n`);
    for (let i = 0; i < entries.length; i += 1000) {
      const lines = entries.slice(i, i + 1000).map((entry) => JSON.stringify(entry));
      await write(lines.join(',\n') + (i + 1000 < entries.length ? ',\n' : '\n'));
    }
    await write(last ? ']\n' : '],\n');
  };
  await write('{\n');
  await section('actors', doc.actors, false);
  await section('relations', doc.relations, true);
  await write('}\n');
}
