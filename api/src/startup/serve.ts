import type { Config } from '../config';
import type { Logger } from '../logger';
import { startServer, type RunningServer } from '../server';
import { createServices } from '../services/services';
import type { GraphStore } from '../store/graph-store';
import { warmUp } from './warm-up';

const shutdownTimeoutMs = 15_000;

/** A cluster worker asks its primary's permission for nothing; this message tells it to stop. */
export const stopMessage = 'weefsel:stop';

/**
 * The HTTP server over an open store, stopping gracefully on SIGINT/SIGTERM (drain, close store)
 * or, in a cluster worker, on the primary's stop message. A second signal forces the exit in a
 * single process; a worker often gets the same request twice (a terminal's Ctrl-C reaches the
 * whole process group, and the primary passes it on), so there the repeat is ignored.
 */
export async function serve(config: Config, log: Logger, store: GraphStore, options: { worker?: boolean } = {}): Promise<RunningServer> {
  const services = createServices(store, config.security, undefined, config.analysis, config.cacheElements);
  const server = await startServer({ services, port: config.port, host: config.host, log, trustProxy: config.trustProxy });
  void warmUp(services, log);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping && options.worker) return;
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
  if (options.worker) process.on('message', (message) => message === stopMessage && void shutdown('primary'));
  return server;
}
