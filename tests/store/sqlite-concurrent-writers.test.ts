import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoGraph } from '@weefsel/seeds';
import { repoRoot } from '../../api/src/config';
import { apiTsconfigEnv } from '../../api/src/startup/node-flags';
import { openStore } from '../../api/src/store/open-store';

const run = promisify(execFile);
let dir: string;

/** A process that upserts one actor of its own `count` times, each a read-then-write transaction. */
const writerScript = `
import { openStore } from ${JSON.stringify(path.join(repoRoot, 'api', 'src', 'store', 'open-store.ts'))};
const [file, id, count] = process.argv.slice(2);
const store = await openStore({ kind: 'sqlite', file });
let failed = 0;
for (let i = 0; i < Number(count); i += 1) {
  try {
    await store.upsertActor({ id, kind: 'CitizenInitiative', name: id + ' ' + i, domains: ['WELFARE'] }, { userId: id, userName: id });
  } catch (error) {
    failed += 1;
    console.error(String(error));
  }
}
await store.close();
console.log(JSON.stringify({ failed }));
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-writers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SQLite store written by several processes at once (cluster workers, CLI)', () => {
  it('loses no write and reports no unavailability', async () => {
    const file = path.join(dir, 'weefsel.sqlite');
    const store = await openStore({ kind: 'sqlite', file });
    await store.importGraph(demoGraph());
    await store.close();
    const script = path.join(dir, 'writer.mts');
    await writeFile(script, writerScript);
    const writers = ['w-a', 'w-b', 'w-c'];
    const results = await Promise.all(
      writers.map((id) => run(process.execPath, ['--import', 'tsx', script, file, id, '300'], { cwd: repoRoot, env: { ...process.env, ...apiTsconfigEnv } })),
    );
    for (const { stdout, stderr } of results) expect(JSON.parse(stdout.trim().split('\n').pop() ?? '{}'), stderr).toEqual({ failed: 0 });
    const after = await openStore({ kind: 'sqlite', file });
    try {
      for (const id of writers) expect((await after.getActor(id))?.name).toBe(`${id} 299`);
    } finally {
      await after.close();
    }
  }, 120_000);
});
