import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { serverNodeFlags } from './node-flags';

const launcher = path.join(repoRoot, 'api', 'src', 'startup', 'launch.ts');

/** Runs `launch.ts` on a TypeScript entry written for the test; `onStarted` runs once it printed its first line. */
function launch(entry: string, args: string[], onStarted?: (proc: ReturnType<typeof spawn>) => void) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'weefsel-launch-')), 'entry.ts');
  writeFileSync(file, entry);
  const proc = spawn(process.execPath, ['--import', 'tsx', launcher, ...args, file, 'an-argument'], { cwd: repoRoot });
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    if (out === '') onStarted?.(proc);
    out += String(chunk);
  });
  return new Promise<{ out: string; code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ out, code, signal })),
  );
}

describe('launching an entry with the server flags', () => {
  it("starts the entry with the server's flags, the flags given and the arguments, and ends with its exit code", async () => {
    const run = await launch(`console.log(JSON.stringify({ flags: process.execArgv, args: process.argv.slice(2) })); process.exit(3);`, ['--expose-gc']);
    const seen = JSON.parse(run.out) as { flags: string[]; args: string[] };
    expect(seen.flags).toEqual(expect.arrayContaining([...serverNodeFlags(), '--expose-gc']));
    expect(seen.args).toEqual(['an-argument']);
    expect(run.code).toBe(3);
  }, 60_000);

  it('passes SIGTERM on to the entry, which can stop gracefully', async () => {
    const entry = `process.on('SIGTERM', () => { console.log('stopping'); process.exit(0); }); console.log('ready'); setInterval(() => {}, 1000);`;
    const run = await launch(entry, [], (proc) => proc.kill('SIGTERM'));
    expect(run.out).toBe('ready\nstopping\n');
    expect(run.code).toBe(0);
  }, 60_000);

  it('ends by the same signal when the entry was ended by one', async () => {
    const run = await launch(`console.log('ready'); setInterval(() => {}, 1000);`, [], (proc) => proc.kill('SIGTERM'));
    expect(run.signal).toBe('SIGTERM');
  }, 60_000);

  it('says what is missing when no entry is named', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', launcher, '--expose-gc'], { cwd: repoRoot });
    let err = '';
    proc.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('name the TypeScript file to run');
  }, 60_000);
});
