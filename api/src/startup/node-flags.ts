import { availableParallelism } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../config';

/** The size of V8's pool of background threads that Node takes when none is given. */
const nodeDefaultPool = 4;

/**
 * The Node flags of a process that serves requests: the server, each cluster worker, and the
 * benches that time its calls in their own process. V8's background threads (marking the heap
 * while the program runs, parallel scavenges, compiling) number four whatever the machine; on two
 * cores they take the core the requests run on whenever the heap is marked, and a call overlapping
 * that ran two to three times slower (Louvain on a 50,000-actor region: 160-200 ms instead of
 * 77 ms). So one core is left to the main thread; `cores` is the share of the machine's cores this
 * process may use.
 */
export function serverNodeFlags(cores = availableParallelism()): string[] {
  return [`--v8-pool-size=${Math.max(1, Math.min(nodeDefaultPool, Math.floor(cores) - 1))}`];
}

/**
 * The arguments after `node` that run the TypeScript file `entry` with the server's flags and
 * `flags` (given later, so they win), tsx compiling it: one process, so a signal reaches the entry.
 */
export function serverNodeArgs(entry: string, flags: readonly string[] = []): string[] {
  return [...serverNodeFlags(), ...flags, '--import', 'tsx', entry];
}

/** The environment tsx needs to compile the API's code in a process of its own (type-graphql's decorators). */
export const apiTsconfigEnv = { TSX_TSCONFIG_PATH: path.join(repoRoot, 'api', 'tsconfig.json') };

/**
 * The Node flags of a cluster worker: the primary's (`execArgv`: the loader, flags it was given)
 * with the server's flags for the worker's `cores` in place of the primary's.
 */
export function workerExecArgv(execArgv: readonly string[], cores: number): string[] {
  const own = serverNodeFlags(cores);
  const names = new Set(own.map(flagName));
  return [...execArgv.filter((arg) => !names.has(flagName(arg))), ...own];
}

const flagName = (arg: string) => arg.split('=')[0];
