import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../api/src/config';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs an npm-script CLI (`api/src/cli/<name>.cli.ts`) exactly as `npm run <name> -- args` would,
 * against a chosen SQLite file; a non-zero exit is returned, not thrown.
 */
export async function runCli(name: string, db: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const script = path.join(repoRoot, 'api', 'src', 'cli', `${name}.cli.ts`);
  try {
    const { stdout, stderr } = await run(tsx, ['--tsconfig', path.join(repoRoot, 'api', 'tsconfig.json'), script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, WEEFSEL_DB: db, NEO4J_URI: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
