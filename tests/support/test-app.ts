import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoGraph } from '@weefsel/seeds';
import { silentLogger } from '../../api/src/logger';
import { startServer } from '../../api/src/server';
import { createServices } from '../../api/src/services/services';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openStore } from '../../api/src/store/open-store';

export interface TestApp {
  url: string;
  store: GraphStore;
  stop(): Promise<void>;
}

/**
 * The real server on an ephemeral loopback port over a fresh SQLite file, loaded with the demo
 * seeds unless `seed: false`. Serves web/dist when it has been built.
 */
export async function startTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const dir = await mkdtemp(path.join(tmpdir(), 'weefsel-test-'));
  const store = await openStore({ kind: 'sqlite', file: path.join(dir, 'weefsel.sqlite') });
  if (options.seed ?? true) await store.importGraph(demoGraph());
  const server = await startServer({ services: createServices(store), port: 0, host: '127.0.0.1', log: silentLogger });
  return {
    url: server.url,
    store,
    async stop() {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs a GraphQL operation as JSON (which also satisfies Apollo's CSRF prevention). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
