import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { workerExecArgv } from './node-flags';
import { prepareStore } from './prepare-store';
import { stopMessage } from './serve';
import { prepareUsers, printBanner } from './users-banner';

/** A worker that keeps dying is a bug, not bad luck: stop restarting after this many in a minute. */
const maxRestartsPerMinute = 5;
/** Longer than a worker's own drain limit (15 s), so a worker that drains in time is never killed. */
const shutdownTimeoutMs = 20_000;

/**
 * Cluster primary (WEEFSEL_WORKERS > 1): prepares the store once (migration, demo seed, users),
 * then forks workers that serve the same port. The primary accepts connections and hands them
 * round-robin to the workers, so a busy worker never keeps new clients from being accepted.
 * Sessions stay valid across workers: they share one secret (generated here when none is set).
 */
export async function runPrimary(config: Config, log: Logger): Promise<void> {
  const { store, freshDemo } = await prepareStore(config, log);

  const env = {
    WEEFSEL_SEED_ON_START: 'false',
    WEEFSEL_SESSION_SECRET: process.env.WEEFSEL_SESSION_SECRET ?? randomBytes(32).toString('hex'),
  };
  // The workers share the machine's cores: each takes the server's flags for its share.
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, availableParallelism() / config.workers) });
  let stopping = false;
  const restarts: number[] = [];
  const fork = (): Worker => cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && now - (restarts[0] as number) > 60_000) restarts.shift();
    if (restarts.length > maxRestartsPerMinute) {
      log.error('workers keep exiting; stopping', { restartsInLastMinute: restarts.length });
      process.exit(1);
    }
    log.error('worker exited; starting another', { pid: worker.process.pid, code, signal });
    fork();
  });

  const serving = new Set<number>();
  cluster.on('listening', (worker) => serving.add(worker.id));
  cluster.on('exit', (worker) => serving.delete(worker.id));
  const firstListening = new Promise<{ port: number }>((resolve) => cluster.once('listening', (_worker, address) => resolve(address)));
  for (let i = 0; i < config.workers; i += 1) fork();
  const address = await firstListening;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${host}:${address.port}`;
  const userLines = await prepareUsers(config, store, freshDemo, url);
  await store.close();
  printBanner(config, url, userLines);

  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down: stopping the workers', { signal });
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      // A serving worker drains its requests and closes its store; one still starting has
      // nothing to drain and may not listen for the message yet.
      if (serving.has(worker.id)) worker.send(stopMessage);
      else worker.process.kill('SIGKILL');
    }
    setTimeout(() => {
      log.error('workers did not stop in time; killing them', { timeoutMs: shutdownTimeoutMs });
      for (const worker of workers) worker.process.kill('SIGKILL');
      process.exit(1);
    }, shutdownTimeoutMs).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/** Rate limits are kept per process: each worker gets its share, so together they allow the set limit. */
export function perWorkerShare(config: Config): Config {
  const share = (perMinute: number) => Math.max(1, Math.ceil(perMinute / config.workers));
  const { security } = config;
  const respondents = { perTokenPerMinute: share(security.respondents.perTokenPerMinute), perAddressPerMinute: share(security.respondents.perAddressPerMinute) };
  return {
    ...config,
    security: { ...security, loginPerMinute: share(security.loginPerMinute), writesPerMinute: share(security.writesPerMinute), readsPerMinute: share(security.readsPerMinute), respondents },
  };
}
