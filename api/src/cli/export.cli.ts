import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportFormats, type ExportFormat } from '../services/interchange-files.service';
import { runCli } from './run-cli';

const usage = `usage: npm run export -- FILE [--scope AREA_ID] [--relations FILE] [--lang nl|en]
  the extension of FILE chooses the format: ${exportFormats.map((f) => `.${f}`).join(' ')}
  .csv writes the actors to FILE and the relations to --relations FILE (default: FILE with .relations.csv)
  --scope     only the actors of this care zone, municipality or neighbourhood (and their partners)`;

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { scope: { type: 'string' }, relations: { type: 'string' }, lang: { type: 'string' } },
});
const cwd = process.env.INIT_CWD ?? process.cwd();
const file = positionals[0] ? path.resolve(cwd, positionals[0]) : undefined;
const format = file ? (path.extname(file).slice(1).toLowerCase() as ExportFormat) : undefined;
const language = values.lang ?? 'nl';
if (!file || !format || !exportFormats.includes(format) || (language !== 'nl' && language !== 'en')) {
  console.error(usage);
  process.exit(2);
}
const relationsFile = path.resolve(cwd, values.relations ?? file.replace(/\.csv$/i, '.relations.csv'));

await runCli('export', async ({ interchange, interchangeFiles }) => {
  if (format === 'json' && !values.scope) {
    const doc = await interchange.exportFile(file);
    return `exported ${doc.actors.length} actors and ${doc.relations.length} relations to ${file}`;
  }
  const graph = await interchangeFiles.scope(values.scope);
  const files = await interchangeFiles.files(graph, format, values.scope, language);
  const targets = format === 'csv' ? [file, relationsFile] : [file];
  await Promise.all(files.map((f, i) => writeFile(targets[i] ?? file, f.content)));
  return `exported ${graph.actors.length} actors and ${graph.relations.length} relations to ${targets.join(' and ')}`;
});
