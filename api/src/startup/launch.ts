import { spawn } from 'node:child_process';
import { apiTsconfigEnv, serverNodeArgs } from './node-flags';

/**
 * `node --import tsx api/src/startup/launch.ts [node flags] <entry.ts> [arguments]`: runs a
 * TypeScript entry (the server, a bench) in a new Node process started with the server's flags
 * (node-flags.ts), which a running process cannot take on. Node flags come before the entry, each
 * as one word (`--max-old-space-size=4096`), and win over the server's. Signals are passed on, and
 * the child's exit is this process's exit.
 */
const args = process.argv.slice(2);
const entryAt = args.findIndex((arg) => !arg.startsWith('-'));
if (entryAt < 0) {
  console.error('launch: name the TypeScript file to run, e.g. `node --import tsx api/src/startup/launch.ts api/src/main.ts`');
  process.exit(2);
}
const child = spawn(process.execPath, [...serverNodeArgs(args[entryAt] as string, args.slice(0, entryAt)), ...args.slice(entryAt + 1)], {
  stdio: 'inherit',
  env: { ...apiTsconfigEnv, ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) {
    // Ended by a signal: end the same way, so whoever started this sees how the server ended.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
