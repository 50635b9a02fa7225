import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { demoGraph } from './demo/demo-graph';
import { writeDocument } from './document-writer';
import { parseGenerateArgs } from './generate-args';
import { generateGraph } from './generator/generate-graph';

async function written(doc: Parameters<typeof writeDocument>[0]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeDocument(doc, out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('generate command line', () => {
  it('reads the flags of `npm run generate`', () => {
    expect(parseGenerateArgs(['--seed', '1', '--actors', '50000', '--relations', '250000', '--out', 'net.json'])).toEqual({
      action: 'generate',
      options: { seed: 1, actors: 50_000, relations: 250_000 },
      out: 'net.json',
    });
    expect(parseGenerateArgs(['--care-zones', '3', '--start-year', '2020'])).toEqual({
      action: 'generate',
      options: { seed: 1, careZones: 3, startYear: 2020 },
      out: null,
    });
    expect(parseGenerateArgs(['--demo'])).toEqual({ action: 'demo', out: null });
  });

  it('names the bad flag', () => {
    expect(() => parseGenerateArgs(['--actors', 'many'])).toThrow(/--actors must be a whole number, got "many"/);
    expect(() => parseGenerateArgs(['--actor', '5'])).toThrow(/actor/);
  });

  it('writes one JSON document with one entry per line that parses back to the same graph', async () => {
    const doc = generateGraph({ seed: 2, actors: 1200, relations: 4000 });
    const text = await written(doc);
    expect(JSON.parse(text)).toEqual(doc);
    expect(text.trimEnd().split('\n')).toHaveLength(1200 + 4000 + 6);
    expect(JSON.parse(await written(demoGraph()))).toEqual(demoGraph());
  });
});
