import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

let dir: string;

const cli = (name: 'seed' | 'import' | 'export', db: string, ...args: string[]) => runCli(name, db, args);

function withoutTimestamps(doc: { actors: object[]; relations: object[] }) {
  const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
  return { actors: doc.actors.map((a) => strip(a as Record<string, unknown>)), relations: doc.relations.map((r) => strip(r as Record<string, unknown>)) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('seed, export and import commands', () => {
  it('export then import into an empty store gives the same graph', async () => {
    const first = path.join(dir, 'first.sqlite');
    expect((await cli('seed', first)).code).toBe(0);
    const exported = path.join(dir, 'demo.json');
    const out = await cli('export', first, exported);
    expect(out.stdout).toMatch(/exported \d+ actors and \d+ relations/);

    const second = path.join(dir, 'second.sqlite');
    const imported = await cli('import', second, exported);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/actors: \d+ created, 0 updated, 0 unchanged/);
    const again = path.join(dir, 'again.json');
    await cli('export', second, again);
    const a = JSON.parse(await readFile(exported, 'utf8'));
    const b = JSON.parse(await readFile(again, 'utf8'));
    expect(a.actors.length).toBeGreaterThanOrEqual(200);
    expect(withoutTimestamps(b)).toEqual(withoutTimestamps(a));

    const reimport = await cli('import', second, exported);
    expect(reimport.stdout).toMatch(/actors: 0 created, 0 updated, \d+ unchanged/);
  }, 120_000);

  it('imports its own export of the demo as no change, as its dry run says: statuses read from the dates are no edit', async () => {
    const db = path.join(dir, 'round.sqlite');
    expect((await cli('seed', db)).code).toBe(0);
    const exported = path.join(dir, 'round.json');
    await cli('export', db, exported);
    // The export reads the placements of the demo's ended projects as ENDED; they are stored as running.
    const dry = await cli('import', db, exported, '--dry-run');
    expect(dry.stdout).toMatch(/relations: 0 to create, 0 to update, \d+ unchanged/);
    const imported = await cli('import', db, exported);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/relations: 0 created, 0 updated, \d+ unchanged/);
  }, 120_000);

  it('rejects a bad file naming the entry and field, and writes nothing', async () => {
    const db = path.join(dir, 'bad.sqlite');
    const good = path.join(dir, 'good.json');
    await writeFile(good, JSON.stringify({ actors: [{ id: 'org-a', kind: 'Organisation', name: 'A' }], relations: [] }));
    expect((await cli('import', db, good)).code).toBe(0);

    const bad = path.join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        actors: [{ id: 'org-b', kind: 'Organisation', name: 'B' }],
        relations: [{ kind: 'PARTNERS_WITH', source: 'org-b', target: 'org-missing' }],
      }),
    );
    const result = await cli('import', db, bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(result.stderr).toMatch(/relations\[0\]\.target: relation org-b--PARTNERS_WITH--org-missing: no actor with id "org-missing"/);

    const after = path.join(dir, 'after.json');
    await cli('export', db, after);
    expect(JSON.parse(await readFile(after, 'utf8')).actors.map((a: { id: string }) => a.id)).toEqual(['org-a']);
  }, 60_000);

  it('explains a file that is not JSON', async () => {
    const file = path.join(dir, 'broken.json');
    await writeFile(file, '{ "actors": [');
    const result = await cli('import', path.join(dir, 'x.sqlite'), file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not valid JSON/);
  }, 60_000);
});
