import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ColumnChoice, SheetRoles } from '../interchange-files';
import { describePlan } from './import-report';
import { describeSummary, runCli } from './run-cli';

const usage = `usage: npm run import -- FILE [FILE ...] [--relations FILE] [--dry-run]
         [--sheet-actors NAME] [--sheet-relations NAME] [--map "SHEET:COLUMN=PROPERTY"]
  FILE: .json (interchange document), .xlsx (a sheet of actors and one of relations), or .csv
        (one file of actors and/or one of relations; --relations names the relations file)
  --dry-run   show what would be created, updated and unchanged, and every problem; write nothing
  --map       read a column as a property (empty PROPERTY ignores the column), e.g. --map "Actoren:Organisatie=name"`;

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean' },
    relations: { type: 'string' },
    'sheet-actors': { type: 'string', multiple: true },
    'sheet-relations': { type: 'string', multiple: true },
    map: { type: 'string', multiple: true },
  },
});
const cwd = process.env.INIT_CWD ?? process.cwd();
const files = [...positionals, ...(values.relations ? [values.relations] : [])].map((f) => path.resolve(cwd, f));
if (files.length === 0) {
  console.error(usage);
  process.exit(2);
}

function choices(): ColumnChoice[] {
  return (values.map ?? []).map((text) => {
    const match = /^(.+?):(.+)=(.*)$/.exec(text);
    if (!match) {
      console.error(`--map "${text}" is not SHEET:COLUMN=PROPERTY\n${usage}`);
      process.exit(2);
    }
    return { sheet: match[1] as string, column: match[2] as string, property: match[3] || null };
  });
}

const sheetRoles: SheetRoles = {
  ...Object.fromEntries((values['sheet-actors'] ?? []).map((name) => [name, 'actors'])),
  ...Object.fromEntries((values['sheet-relations'] ?? []).map((name) => [name, 'relations'])),
};
const who = { userId: null, userName: 'cli:import' };
const isJson = files.length === 1 && files[0]?.toLowerCase().endsWith('.json');

await runCli('import', async ({ interchange, interchangeFiles }) => {
  // A JSON document goes straight to the store (its own checks and messages), unless previewed.
  if (isJson && !values['dry-run']) return `imported ${files[0]}\n${describeSummary(await interchange.importFile(files[0] as string, {}, who))}`;
  const inputs = await Promise.all(files.map(async (file) => ({ name: file, content: await readFile(file) })));
  const plan = await interchangeFiles.plan(inputs, choices(), sheetRoles);
  const report = describePlan(plan);
  if (plan.problemCount > 0) {
    process.exitCode = 1;
    return `${report}\nnothing was written; fix the rows above (or the mapping) and import again`;
  }
  if (values['dry-run']) return `dry run of ${files.join(', ')}: nothing was written\n${report}`;
  return `imported ${files.join(', ')}\n${describeSummary(await interchangeFiles.applyPlan(plan, who))}`;
});
