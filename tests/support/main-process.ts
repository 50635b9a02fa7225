import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../api/src/config';
import { apiTsconfigEnv, serverNodeArgs } from '../../api/src/startup/node-flags';

/** Servers started by a test file; `killAll()` ends them even when an assertion failed midway. */
const started: ChildProcess[] = [];

export interface MainProcess {
  proc: ChildProcess;
  /** The URL, once the start-up lines have been printed. */
  ready: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

/** Starts `api/src/main.ts` like `npm start` does (without building the web app). */
export function startMain(db: string, env: Record<string, string> = {}): MainProcess {
  // Node with tsx as a loader and the server's flags (one process), so a signal reaches the server itself.
  const proc = spawn(process.execPath, serverNodeArgs(path.join(repoRoot, 'api', 'src', 'main.ts')), {
    cwd: repoRoot,
    env: {
      ...process.env, ...apiTsconfigEnv,
      WEEFSEL_DB: db, NEO4J_URI: '', PORT: '0', WEEFSEL_LOG_LEVEL: 'warn', ...env,
    },
  });
  started.push(proc);
  let stdout = '';
  let stderr = '';
  proc.stdout?.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  proc.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  // The start-up lines come in one burst after "running on": wait until it has been quiet a moment.
  const ready = new Promise<string>((resolve, reject) => {
    let quiet: NodeJS.Timeout | undefined;
    proc.stdout?.on('data', () => {
      const url = /running on (http:\/\/\S+)/.exec(stdout)?.[1];
      clearTimeout(quiet);
      if (url) quiet = setTimeout(() => resolve(url), 300);
    });
    proc.on('exit', (code) => reject(new Error(`main exited with ${code}:\n${stdout}\n${stderr.slice(-3000)}`)));
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, ready, exited, output: () => stdout };
}

export function killAll(): void {
  for (const proc of started) if (proc.exitCode === null) proc.kill('SIGKILL');
}
