import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDemoUsers, demoUserNames, ensureAdmin } from './auth/bootstrap-users';
import { ConfigError, loadConfig, repoRoot, type Config } from './config';
import { createLogger } from './logger';
import { startServer } from './server';
import { seedIfEmpty } from './services/seed.service';
import { createServices } from './services/services';
import type { GraphStore } from './store/graph-store';
import { openStore } from './store/open-store';

const shutdownTimeoutMs = 15_000;

/** First admin from the environment; demo users only on a store just filled with the demo. */
async function prepareUsers(config: Config, store: GraphStore, freshDemo: boolean, url: string): Promise<string[]> {
  const lines: string[] = [];
  const { admin, demoUsers } = config.security;
  if (admin) lines.push(`  admin     ${admin.name}: ${await ensureAdmin(store, admin)} (WEEFSEL_ADMIN_USER)`);
  if (freshDemo && demoUsers) {
    const password = await createDemoUsers(store);
    if (password) {
      const names = Object.values(demoUserNames).join(', ');
      // Beside the SQLite file (a test's temporary store keeps its own); data/ for Neo4j.
      const file = path.join(config.store.kind === 'sqlite' ? path.dirname(config.store.file) : path.join(repoRoot, 'data'), 'demo-users.txt');
      await writeFile(file, `Demo users of ${url}: ${names}\nPassword: ${password}\n`, { mode: 0o600 }).catch(() => undefined);
      lines.push(`  demo      log in at ${url}/ as ${names}`, `            password: ${password}   (also in ${file})`);
    }
  }
  if ((await store.countUsers()) === 0) {
    lines.push('  no users yet: create an admin with  npm run user:add -- --name NAME --role admin');
  }
  return lines;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel });
  if (config.production && !config.security.sessionSecretFromEnv) {
    log.warn('WEEFSEL_SESSION_SECRET is not set: sessions end when this process restarts and are not shared between processes');
  }
  const store = await openStore(config.store);
  const seeded = config.seedOnStart ? await seedIfEmpty(store) : null;
  if (seeded) log.info('empty store: loaded the demo network', { actors: seeded.actors.created, relations: seeded.relations.created });
  const services = createServices(store, config.security);
  const server = await startServer({ services, port: config.port, host: config.host, bodyLimit: config.bodyLimit, log, trustProxy: config.trustProxy });
  const users = await prepareUsers(config, store, seeded !== null, server.url);
  const where = config.store.kind === 'sqlite' ? config.store.file : config.store.uri;
  console.log(`Weefsel is running on ${server.url} (store: ${config.store.kind}, ${where}${config.production ? ', production' : ''})`);
  console.log(`  web app   ${server.url}/\n  GraphQL   ${server.url}/graphql`);
  if (config.security.graphiql) console.log(`  GraphiQL  ${server.url}/graphiql`);
  for (const line of users) console.log(line);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log.warn('second signal: stopping now', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('shutting down: draining requests, then closing the store', { signal });
    // Requests in flight get a while to finish; a stuck one must not keep the process alive.
    setTimeout(() => {
      log.error('shutdown took too long; exiting', { timeoutMs: shutdownTimeoutMs });
      process.exit(1);
    }, shutdownTimeoutMs).unref();
    await server.close();
    await store.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
