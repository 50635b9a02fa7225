import { reloadDemo } from '../services/seed.service';
import { describeSummary, runCli } from './run-cli';

await runCli('seed', async ({ store }) => `reloaded the demo network\n${describeSummary(await reloadDemo(store))}`);
