import path from 'node:path';
import { fileArgument, runCli } from './run-cli';

const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArgument('export'));
await runCli('export', async ({ interchange }) => {
  const doc = await interchange.exportFile(file);
  return `exported ${doc.actors.length} actors and ${doc.relations.length} relations to ${file}`;
});
