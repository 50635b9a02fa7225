import { execFileSync } from 'node:child_process';
import { get, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../../api/src/startup/node-flags';
import { killAll, startMain } from '../support/main-process';
import { login } from '../support/test-app';

let dir: string;

/**
 * The status of a GET on a connection of its own: fetch reuses kept-alive connections, and one the
 * killed worker held is closed under it (what any client of a dead worker sees once).
 */
function freshStatus(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

/** The role `me` answers with this session cookie, asked on a connection of its own (so the primary may hand it to either worker). */
function freshRole(url: string, cookie: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: '{ me { role } }' });
    const req = request(`${url}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', cookie } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve((JSON.parse(text) as { data?: { me?: { role?: string } } }).data?.me?.role));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The worker processes of a cluster primary (node children; tsx also starts an esbuild child). */
function workerPids(primaryPid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(primaryPid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when nothing matches
  }
  return out.split('\n').map((line) => line.trim().split(/\s+/)).filter(([, comm]) => comm === 'node').map(([pid]) => Number(pid));
}

/** A process's arguments, Node's flags among them (Linux). */
const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-cluster-'));
});
afterAll(async () => {
  killAll();
  await rm(dir, { recursive: true, force: true });
});

describe('npm start with WEEFSEL_WORKERS=2', () => {
  it('serves from two workers sharing sessions, replaces a killed worker and stops gracefully', async () => {
    const main = startMain(path.join(dir, 'weefsel.sqlite'), { WEEFSEL_WORKERS: '2' });
    const url = await main.ready;
    expect(main.output()).toContain('2 workers');
    const password = /password: (\S+)/.exec(main.output())?.[1] ?? '';
    const primary = main.proc.pid as number;
    const workers = await until('two workers', () => (workerPids(primary).length === 2 ? workerPids(primary) : undefined));
    // Each worker takes the server's flags for its half of the cores, not the primary's for all of them.
    for (const pid of workers) expect(commandLine(pid)).toEqual(expect.arrayContaining(serverNodeFlags(availableParallelism() / 2)));

    // One login, then requests on fresh connections: the primary hands them to either worker,
    // and each accepts the session (one shared secret).
    const cookie = (await login(url, 'demo-viewer', password)).cookie ?? '';
    for (let i = 0; i < 8; i += 1) expect(await freshRole(url, cookie)).toBe('viewer');

    process.kill(workers[0] as number, 'SIGKILL');
    const replaced = await until('a replacement worker', () => {
      const now = workerPids(primary);
      return now.length === 2 && !now.includes(workers[0] as number) ? now : undefined;
    });
    expect(replaced).toContain(workers[1]);
    for (let i = 0; i < 4; i += 1) expect(await freshStatus(`${url}/readyz`)).toBe(200);

    main.proc.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(workerPids(primary)).toEqual([]);
  }, 120_000);
});
