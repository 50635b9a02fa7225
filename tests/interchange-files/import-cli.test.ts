import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

let dir: string;

const cli = (name: 'seed' | 'import' | 'export', db: string, ...args: string[]) => runCli(name, db, args);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'weefsel-files-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run import / export with spreadsheets', () => {
  it('a dry run lists each problem with sheet, row, column, value and reason, and writes nothing', async () => {
    const db = path.join(dir, 'dry.sqlite');
    expect((await cli('seed', db)).code).toBe(0);
    const before = path.join(dir, 'before.json');
    await cli('export', db, before);
    const actors = path.join(dir, 'partners.csv');
    await writeFile(actors, 'Naam;Soort;Gemeente\nBuurtwerk Oost;Burgerinitiatief;Brugge\nWijkpunt;Soort die niet bestaat;Brugge\n');
    const relations = path.join(dir, 'links.csv');
    await writeFile(relations, 'Van,Naar,Soort,Sinds\nBuurtwerk Oost,Brugge,is actief in,15/03/2022\nBuurtwerk Oost,Niemand,werkt samen met,\n');

    const result = await cli('import', db, actors, '--relations', relations, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/sheet partners\.csv: actors, 2 rows; Naam -> name, Soort -> kind, Gemeente -> area\.Municipality/);
    expect(result.stdout).toMatch(/2 problems:/);
    expect(result.stdout).toMatch(/sheet links\.csv, row 3, column Naar, value "Niemand": no actor with id or name "Niemand"/);
    expect(result.stdout).toMatch(/sheet partners\.csv, row 3, column Soort, value "Soort die niet bestaat": unknown kind/);
    expect(result.stdout).toMatch(/nothing was written/);

    const after = path.join(dir, 'after.json');
    await cli('export', db, after);
    expect(await readFile(after, 'utf8')).toBe(await readFile(before, 'utf8'));
  }, 120_000);

  it('exports to xlsx and gexf by extension; the xlsx imports into an empty store with a clean dry run', async () => {
    const db = path.join(dir, 'source.sqlite');
    await cli('seed', db);
    const xlsx = path.join(dir, 'brugge.xlsx');
    expect((await cli('export', db, xlsx, '--scope', 'mun-brugge')).stdout).toMatch(/exported \d+ actors and \d+ relations to .*brugge\.xlsx/);
    const gexf = path.join(dir, 'net.gexf');
    await cli('export', db, gexf);
    expect(await readFile(gexf, 'utf8')).toMatch(/<graph mode="dynamic"/);

    const empty = path.join(dir, 'empty.sqlite');
    const dry = await cli('import', empty, xlsx, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/nothing was written\nactors: \d+ to create, 0 to update, 0 unchanged/);
    const applied = await cli('import', empty, xlsx);
    expect(applied.stdout).toMatch(/actors: \d+ created, 0 updated, 0 unchanged/);
    const again = await cli('import', empty, xlsx);
    expect(again.stdout).toMatch(/actors: 0 created, 0 updated, \d+ unchanged\nrelations: 0 created, 0 updated, \d+ unchanged/);
  }, 120_000);
});
