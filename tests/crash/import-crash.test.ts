import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config';
import { apiTsconfigEnv } from '../../api/src/startup/node-flags';
import { openSqliteStore } from '../../api/src/store/sqlite/sqlite-store';
import type { GraphStore } from '../../api/src/store/graph-store';

const child = path.join(repoRoot, 'tests', 'crash', 'import-child.ts');
let dir: string;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function fileSize(file: string): Promise<number> {
  return (await stat(file).catch(() => ({ size: 0 }))).size;
}

/** Everything the store holds: graph, users and audit trail. */
async function everything(store: GraphStore) {
  return { graph: await store.exportGraph(), users: await store.listUsers(), audit: await store.auditLog({}, { offset: 0, limit: 500 }) };
}

/**
 * Waits until the child has started its import and the write-ahead log has grown by `walGrowth`
 * bytes (uncommitted pages of the import are on disk), then kills it with SIGKILL.
 */
function killMidImport(proc: ChildProcess, wal: string, walGrowth: number): Promise<{ killedMidImport: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    let baseline: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    proc.stdout?.on('data', async (chunk: Buffer) => {
      output += String(chunk);
      if (baseline === null && output.includes('importing')) {
        baseline = await fileSize(wal);
        timer = setInterval(async () => {
          if ((await fileSize(wal)) - (baseline ?? 0) > walGrowth) {
            clearInterval(timer);
            proc.kill('SIGKILL');
          }
        }, 10);
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ killedMidImport: signal === 'SIGKILL' && !output.includes('imported'), output });
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-crash-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a crash in the middle of a large import', () => {
  it('leaves the SQLite store exactly as before the import', async () => {
    const file = path.join(dir, 'weefsel.sqlite');
    const before = openSqliteStore(file);
    await before.init();
    await before.importGraph(demoGraph());
    await before.createUser({ id: 'u-1', name: 'crash-admin', role: 'admin', passwordHash: 'scrypt$x' });
    const snapshot = await everything(before);
    await before.close();

    // 20,000 actors and 100,000 relations outgrow the page cache, so SQLite writes pages of the
    // unfinished transaction to the WAL: the kill then lands with uncommitted data on disk.
    // Node itself with tsx as a loader, not the tsx command: that one runs the script in a second
    // process, which SIGKILL would not reach (the import would go on, orphaned).
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, '20000', '100000'], {
      cwd: repoRoot,
      env: { ...process.env, ...apiTsconfigEnv },
    });
    const { killedMidImport, output } = await killMidImport(proc, `${file}-wal`, 4 * 1024 * 1024);
    expect(killedMidImport, `the child was not killed during its import:\n${output}`).toBe(true);
    // The killed process held the write lock: nobody holds it now, or the next write would wait.
    expect(proc.pid && isRunning(proc.pid)).toBe(false);

    const after = openSqliteStore(file);
    await after.init();
    try {
      expect(await after.counts()).toEqual({ actors: snapshot.graph.actors.length, relations: snapshot.graph.relations.length });
      expect(await everything(after)).toEqual(snapshot);
      // And the store still takes writes.
      await after.upsertActor({ id: 'after-crash', kind: 'Organisation', name: 'Na de crash' });
      expect(await after.getActor('after-crash')).not.toBeNull();
    } finally {
      await after.close();
    }
  }, 180_000);
});
