import { ConfigError, loadConfig } from './config';
import { consoleLogger as log } from './logger';
import { startServer } from './server';
import { seedIfEmpty } from './services/seed.service';
import { createServices } from './services/services';
import { openStore } from './store/open-store';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config.store);
  if (config.seedOnStart) {
    const seeded = await seedIfEmpty(store);
    if (seeded) log.info('empty store: loaded the demo network', { actors: seeded.actors.created, relations: seeded.relations.created });
  }
  const server = await startServer({ services: createServices(store), port: config.port, host: config.host, bodyLimit: config.bodyLimit });
  const where = config.store.kind === 'sqlite' ? config.store.file : config.store.uri;
  console.log(`Weefsel is running on ${server.url} (store: ${config.store.kind}, ${where})`);
  console.log(`  web app   ${server.url}/\n  GraphQL   ${server.url}/graphql\n  GraphiQL  ${server.url}/graphiql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
