import cluster from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { perWorkerShare, runPrimary } from './startup/cluster-primary';
import { prepareStore } from './startup/prepare-store';
import { serve } from './startup/serve';
import { prepareUsers, printBanner } from './startup/users-banner';
import { openStore } from './store/open-store';

/** One process: prepare the store, serve, print how to log in. */
async function runSingle(config: Config, log: Logger): Promise<void> {
  const { store, freshDemo } = await prepareStore(config, log);
  const server = await serve(config, log, store);
  printBanner(config, server.url, await prepareUsers(config, store, freshDemo, server.url));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  if (cluster.isWorker) {
    // The primary prepared the store and prints the banner; a worker only serves.
    await serve(perWorkerShare(config), log, await openStore(config.store), { worker: true });
    return;
  }
  if (config.production && !config.security.sessionSecretFromEnv) {
    log.warn('WEEFSEL_SESSION_SECRET is not set: sessions end when the server restarts');
  }
  await (config.workers > 1 ? runPrimary(config, log) : runSingle(config, log));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
