import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../api/src/auth/auth-errors';
import { IsolatedTableReader, defaultIsolatedReaderOptions } from '../../api/src/interchange-files/isolated/isolated-reader';
import { actorRows, buildXlsx, rawXlsx } from './xlsx-builder';

const small = { name: 'actoren.xlsx', content: buildXlsx([{ name: 'Actoren', rows: actorRows(5) }]) };

describe('reading spreadsheets in a worker', () => {
  it('gives the same tables as reading in the thread, dates included', async () => {
    const reader = new IsolatedTableReader();
    const dated = { name: 'datum.xlsx', content: rawXlsx('<row><c r="A1" t="inlineStr"><is><t>Sinds</t></is></c></row><row><c r="A2" s="1"><v>45292</v></c></row>', { numFmtIds: [14] }) };
    const [actors, dates] = await reader.read([small, dated]);
    expect(actors?.rows[4]).toEqual({ row: 6, cells: ['Buurtproject 5', 'Project', 'Brugge'] });
    expect(dates?.rows[0]?.cells[0]).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  it('a limit crossed in the worker arrives as the same ValidationError', async () => {
    const reader = new IsolatedTableReader({ ...defaultIsolatedReaderOptions, limits: { ...defaultIsolatedReaderOptions.limits, rowsPerSheet: 3 } });
    await expect(reader.read([small])).rejects.toMatchObject({ name: 'ValidationError', issues: [expect.objectContaining({ code: 'tooManyRows', params: { file: 'actoren.xlsx', sheet: 'Actoren', max: 3 } })] });
  });

  it('a worker that runs out of its heap gives the memory limit error, and the next read works', async () => {
    const big = { name: 'groot.xlsx', content: buildXlsx([{ name: 'Actoren', rows: actorRows(100_000) }]) };
    const reader = new IsolatedTableReader({ ...defaultIsolatedReaderOptions, heapMb: 16 });
    await expect(reader.read([big])).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'readOutOfMemory', params: { file: 'groot.xlsx', max: 16 } })] });
    expect(await new IsolatedTableReader().read([small])).toHaveLength(1);
  }, 60_000);

  it('a read past its time is stopped with the time limit error', async () => {
    const reader = new IsolatedTableReader({ ...defaultIsolatedReaderOptions, timeoutMs: 1 });
    await expect(reader.read([small])).rejects.toMatchObject({ issues: [expect.objectContaining({ code: 'readTimedOut', params: { file: 'actoren.xlsx', max: 0.001 } })] });
  });

  it('with every slot taken and no time to wait, a read is answered "busy, retry" (RATE_LIMITED)', async () => {
    const reader = new IsolatedTableReader({ ...defaultIsolatedReaderOptions, parallel: 1, queueMs: 0 });
    const first = reader.read([small]);
    await expect(reader.read([small])).rejects.toBeInstanceOf(RateLimitedError);
    expect(await first).toHaveLength(1);
  });
});
