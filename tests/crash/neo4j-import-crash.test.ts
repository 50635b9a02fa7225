import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { demoGraph } from '@weefsel/seeds';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config';
import { apiTsconfigEnv } from '../../api/src/startup/node-flags';
import type { GraphStore } from '../../api/src/store/graph-store';
import { openNeo4jStore } from '../../api/src/store/neo4j/neo4j-store';
import { testNeo4jConfig, wipeNeo4j } from '../../api/src/store/neo4j/testing/test-neo4j';

const config = testNeo4jConfig();
const child = path.join(repoRoot, 'tests', 'crash', 'neo4j-import-child.ts');

let proc: ChildProcess | undefined;
afterAll(() => void (proc?.exitCode === null && proc.kill('SIGKILL')));

async function everything(store: GraphStore) {
  return { graph: await store.exportGraph(), users: await store.listUsers(), audit: await store.auditLog({}, { offset: 0, limit: 500 }) };
}

/** Undo batches the child's import has committed so far: proof that part of it is in the database. */
async function committedBatches(): Promise<number> {
  const driver = neo4j.driver(config!.uri, neo4j.auth.basic(config!.user, config!.password));
  try {
    const result = await driver.executeQuery('MATCH (u:ImportUndo) RETURN count(u) AS n', {}, { database: config!.database });
    return (result.records[0]?.get('n') as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}

describe.runIf(config)('a crash in the middle of a large Neo4j import', () => {
  it('is undone by the next instance that starts, leaving the graph as before', async () => {
    await wipeNeo4j(config!);
    const before = openNeo4jStore(config!);
    await before.init();
    await before.importGraph(demoGraph());
    await before.createUser({ id: 'u-1', name: 'crash-admin', role: 'admin', passwordHash: 'scrypt$x' });
    const snapshot = await everything(before);
    await before.close();

    proc = spawn(process.execPath, ['--import', 'tsx', child, config!.uri, config!.password, '5000', '20000'], {
      cwd: repoRoot,
      env: { ...process.env, ...apiTsconfigEnv },
    });
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => (output += String(chunk)));
    proc.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
    const exited = new Promise<string | null>((resolve) => proc?.on('exit', (_code, signal) => resolve(signal)));
    // Kill it once several batches are committed, long before the import's 50 batches are done.
    for (let waited = 0; (await committedBatches()) < 5; waited += 100) {
      if (waited > 120_000 || proc.exitCode !== null) throw new Error(`the child never got into its import:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    proc.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('imported');

    // The next instance: it sees the journal without a heartbeat and undoes the import on start.
    const after = openNeo4jStore(config!, { above: 1000, batch: 500, staleAfterMs: 500 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await after.init();
    try {
      expect(await committedBatches()).toBe(0);
      expect(await everything(after)).toEqual(snapshot);
      await after.upsertActor({ id: 'after-crash', kind: 'Organisation', name: 'Na de crash' });
      expect(await after.getActor('after-crash')).not.toBeNull();
    } finally {
      await after.close();
    }
  }, 300_000);
});
