import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../api/src/config';
import { apiTsconfigEnv, serverNodeArgs } from '../../api/src/startup/node-flags';
import type { Neo4jConfig } from './bench-neo4j';

export interface LoadServer {
  url: string;
  demoPassword: string;
  stop(): Promise<void>;
}

/** The store the server runs on: a fresh SQLite file, or this (empty) Neo4j database. */
export type LoadStore = { kind: 'sqlite' } | Neo4jConfig;

function storeEnv(store: LoadStore, dir: string): NodeJS.ProcessEnv {
  if (store.kind === 'sqlite') return { NEO4J_URI: '', WEEFSEL_DB: path.join(dir, 'weefsel.sqlite') };
  return { NEO4J_URI: store.uri, NEO4J_USER: store.user, NEO4J_PASSWORD: store.password, NEO4J_DATABASE: store.database };
}

/**
 * The real server as `npm start` runs it (main.ts, fresh SQLite file or an empty Neo4j database,
 * which it fills with the demo network and demo users), in a process of its own so the load
 * generator does not share its event loop.
 * Rate limits are raised: they would measure the limiter, not the server. NODE_ENV=production
 * as in a deployment; demo users on, since the load test logs in with them.
 */
export async function startLoadServer(workers = 1, store: LoadStore = { kind: 'sqlite' }): Promise<LoadServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'weefsel-load-'));
  const server = await spawnServer(
    {
      ...storeEnv(store, dir),
      // Production settings (graphql-js skips its development checks), with the demo users the
      // load test logs in with.
      NODE_ENV: 'production', WEEFSEL_DEMO_USERS: 'true', WEEFSEL_WORKERS: String(workers),
      WEEFSEL_WRITE_RATE: '1000000', WEEFSEL_READ_RATE: '1000000', WEEFSEL_LOGIN_RATE: '10000', WEEFSEL_LOG_LEVEL: 'info',
    },
    (out) => /password: (\S+)/.test(out),
  );
  return {
    url: server.url,
    demoPassword: /password: (\S+)/.exec(server.stdout)?.[1] as string,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A server process started by `spawnServer`. */
export interface ServerProcess {
  url: string;
  /** What it printed until it was ready. */
  stdout: string;
  stop(): Promise<void>;
}

/**
 * The real server (`main.ts`) in a process of its own, so a bench does not share its event loop:
 * Node with tsx as a loader and the server's flags, so SIGTERM reaches the server itself. `env`
 * goes over this process's (a free port is chosen); resolves once it prints where it runs and
 * `ready` holds for what it printed; `onLog` gets its log lines (stderr).
 */
export async function spawnServer(env: NodeJS.ProcessEnv, ready: (stdout: string) => boolean = () => true, onLog?: (chunk: string) => void): Promise<ServerProcess> {
  const proc: ChildProcess = spawn(process.execPath, serverNodeArgs(path.join(repoRoot, 'api', 'src', 'main.ts')), {
    cwd: repoRoot,
    env: { ...process.env, ...apiTsconfigEnv, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', onLog ? 'pipe' : 'ignore'],
  });
  if (onLog) proc.stderr?.on('data', (chunk: Buffer) => onLog(String(chunk)));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const found = /running on (http:\/\/\S+)/.exec(out)?.[1];
      if (found && ready(out)) resolve(found);
    });
    proc.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${out}`)));
  });
  return {
    url,
    stdout: out,
    async stop() {
      const exited = new Promise((resolve) => proc.on('exit', resolve));
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
