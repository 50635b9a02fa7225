import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../api/src/interchange-files';
import { tempStore, type TempStore } from './support';
import { actorRows, buildXlsx, type PartOrder } from './xlsx-builder';

let demo: TempStore;
beforeAll(async () => {
  demo = await tempStore(demoGraph());
});
afterAll(() => demo.close());

const orders: PartOrder[] = ['excel', 'sharedStringsFirst'];

describe('XLSX reader: the part order does not matter', () => {
  for (const order of orders) {
    for (const count of [5, 50]) {
      it(`${count} rows, ${order} order: 20 reads give the same table`, async () => {
        const content = buildXlsx([{ name: 'Actoren', rows: actorRows(count) }], order);
        for (let run = 0; run < 20; run += 1) {
          const [table] = await readXlsx(content, 'actoren.xlsx');
          expect(table?.headers).toEqual(['Naam', 'Soort', 'Gemeente']);
          expect(table?.rows).toHaveLength(count);
          expect(table?.rows[count - 1]).toEqual({ row: count + 1, cells: [`Buurtproject ${count}`, 'Project', count % 2 === 1 ? 'Brugge' : 'Oostende'] });
        }
      });
    }
  }

  it('a 5-row workbook in Excel order plans without problems through the service', async () => {
    const plan = await demo.files.plan([{ name: 'actoren.xlsx', content: buildXlsx([{ name: 'Actoren', rows: actorRows(5) }], 'excel') }]);
    expect(plan.problems).toEqual([]);
    expect(plan.actors.create).toBe(5);
  });
});

describe('XLSX reader: no temporary files', () => {
  let dir: string;
  let saved: string | undefined;
  beforeAll(async () => {
    // A folder of our own: other test files use the machine's temporary folder at the same time.
    dir = await mkdtemp(path.join(tmpdir(), 'weefsel-tmpdir-'));
    saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    await rm(dir, { recursive: true, force: true });
  });

  for (const broken of ['brokenSheet', 'brokenSharedStrings'] as const) {
    it(`a sheet before its shared strings, ${broken}: refused, and nothing left in the temporary folder`, async () => {
      expect(tmpdir()).toBe(dir);
      const content = buildXlsx([{ name: 'Actoren', rows: actorRows(2_000) }], 'excel', { [broken]: true });
      await expect(demo.files.plan([{ name: 'kapot.xlsx', content }])).rejects.toMatchObject({
        issues: [expect.objectContaining({ code: 'unreadableFile', params: expect.objectContaining({ file: 'kapot.xlsx', format: 'XLSX' }) })],
      });
      expect(await readdir(dir)).toEqual([]);
    });
  }
});
