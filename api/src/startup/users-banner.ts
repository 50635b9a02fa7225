import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { adapterOf } from '../store/store-adapters';
import { createDemoUsers, demoUserNames, ensureAdmin } from './bootstrap-users';
import { repoRoot, type Config } from '../config';
import type { GraphStore } from '../store/graph-store';

/** First admin from the environment; demo users only on a store just filled with the demo. */
export async function prepareUsers(config: Config, store: GraphStore, freshDemo: boolean, url: string): Promise<string[]> {
  const lines: string[] = [];
  const { admin, demoUsers } = config.security;
  if (admin) lines.push(`  admin     ${admin.name}: ${await ensureAdmin(store, admin)} (WEEFSEL_ADMIN_USER)`);
  if (freshDemo && demoUsers) {
    const password = await createDemoUsers(store);
    if (password) {
      const names = Object.values(demoUserNames).join(', ');
      // Beside the SQLite file (a test's temporary store keeps its own); data/ for Neo4j.
      const file = path.join(adapterOf(config.store).folder(config.store) ?? path.join(repoRoot, 'data'), 'demo-users.txt');
      await writeFile(file, `Demo users of ${url}: ${names}\nPassword: ${password}\n`, { mode: 0o600 }).catch(() => undefined);
      lines.push(`  demo      log in at ${url}/ as ${names}`, `            password: ${password}   (also in ${file})`);
    }
  }
  if ((await store.countUsers()) === 0) {
    lines.push('  no users yet: create an admin with  npm run user:add -- --name NAME --role admin');
  }
  return lines;
}

/** What `npm start` prints once the server listens: where everything is and how to log in. */
export function printBanner(config: Config, url: string, userLines: string[]): void {
  const where = adapterOf(config.store).where(config.store);
  const workers = config.workers > 1 ? `, ${config.workers} workers` : '';
  console.log(`Weefsel is running on ${url} (store: ${config.store.kind}, ${where}${config.production ? ', production' : ''}${workers})`);
  console.log(`  web app   ${url}/\n  GraphQL   ${url}/graphql`);
  if (config.security.graphiql) console.log(`  GraphiQL  ${url}/graphiql`);
  for (const line of userLines) console.log(line);
}
