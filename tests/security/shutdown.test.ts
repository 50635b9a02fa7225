import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killAll, startMain } from '../support/main-process';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-shutdown-'));
});
afterAll(async () => {
  killAll();
  await rm(dir, { recursive: true, force: true });
});

describe('shutdown on SIGTERM', () => {
  // NODE_ENV development: the framework's own signal handling is on outside NODE_ENV=test.
  it.each(['development', 'production'])('with NODE_ENV=%s: drains, closes the store and exits 0, once', async (nodeEnv) => {
    const main = startMain(path.join(dir, nodeEnv, 'weefsel.sqlite'), { NODE_ENV: nodeEnv, WEEFSEL_LOG_LEVEL: 'info' });
    let log = '';
    main.proc.stderr?.on('data', (chunk: Buffer) => (log += String(chunk)));
    const url = await main.ready;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    main.proc.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(log).toContain('"msg":"shutting down: draining requests, then closing the store"');
    expect(log).toContain('"msg":"stopped"');
    expect(log).not.toContain('second signal');
  }, 120_000);
});
