import { ValidationError } from '@weefsel/graph-schema';
import type { ImportSummary, WriteCounts } from '../store/graph-store';
import { ConfigError, loadConfig } from '../config';
import { createServices, type Services } from '../services/services';
import { openStore } from '../store/open-store';

/**
 * Runs a CLI command against the configured store (same configuration as the server), prints
 * validation problems one per line, and sets the exit code.
 */
export async function runCli(command: string, work: (services: Services) => Promise<string>): Promise<void> {
  let services: Services | undefined;
  try {
    const config = loadConfig();
    services = createServices(await openStore(config.store), config.security, undefined, config.analysis, config.cacheElements);
    console.log(await work(services));
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof ValidationError) {
      console.error(`${command} failed; nothing was written. Problems:`);
      for (const issue of error.issues) console.error(`  ${issue.path || '(document)'}: ${issue.message}`);
    } else if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error(`${command} failed:`, error);
    }
  } finally {
    await services?.store.close();
  }
}

export function describeSummary(summary: ImportSummary): string {
  const part = (c: WriteCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  return `actors: ${part(summary.actors)}\nrelations: ${part(summary.relations)}`;
}
