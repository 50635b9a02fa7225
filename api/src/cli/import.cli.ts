import path from 'node:path';
import { describeSummary, fileArgument, runCli } from './run-cli';

const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), fileArgument('import'));
await runCli('import', async ({ interchange }) => {
  const summary = await interchange.importFile(file, {}, { userId: null, userName: 'cli:import' });
  return `imported ${file}\n${describeSummary(summary)}`;
});
