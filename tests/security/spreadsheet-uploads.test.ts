import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { bombSheetBytes, bombXlsx } from '../interchange-files/xlsx-builder';

const importMutation = `mutation ($files: [ImportFileInput!]!, $dryRun: Boolean!) {
  importFiles(files: $files, dryRun: $dryRun) { applied problemCount }
}`;

interface Issue {
  code: string;
  params: Record<string, unknown>;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** Polls /healthz while `work` runs; every answer must come within a second. Returns the answers' times. */
async function healthWhile<T>(work: Promise<T>): Promise<{ result: T; probes: number[] }> {
  let done = false;
  const probes: number[] = [];
  const polling = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      expect(res.status).toBe(200);
      probes.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    return { result: await work, probes };
  } finally {
    done = true;
    await polling;
  }
}

const upload = (name: string, content: Buffer, dryRun = true) => gql(app.url, importMutation, { files: [{ name, contentBase64: content.toString('base64') }], dryRun });

describe('spreadsheet bombs over HTTP', () => {
  it('10 million tiny rows (260 MB unpacked from under 1 MB) are refused at the row limit in a dry run, and /healthz keeps answering', async () => {
    const row = '<row><c><v>1</v></c></row>';
    const bomb = await bombXlsx(row, 10_000_000);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(bombSheetBytes(row, 10_000_000)).toBeGreaterThan(250_000_000);
    const rssBefore = process.memoryUsage().rss;
    const { result, probes } = await healthWhile(upload('bom.xlsx', bomb));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/bom\.xlsx: sheet Bom has more than 300000 rows; split it into smaller files/);
    expect(result.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'bom.xlsx', message: 'sheet Bom has more than 300000 rows; split it into smaller files', code: 'tooManyRows', params: { file: 'bom.xlsx', sheet: 'Bom', max: 300_000 } },
    ]);
    expect(probes.length).toBeGreaterThan(0);
    // The read stops at the limit: nowhere near the 260 MB the sheet would unpack to.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);

  it('a sheet that unpacks to more than 200 MB of blanks is refused at the unpacked-size limit, applied or not', async () => {
    const bomb = await bombXlsx(' '.repeat(1024), 260 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    for (const dryRun of [true, false]) {
      const { result } = await healthWhile(upload('leeg.xlsx', bomb, dryRun));
      expect(result.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ code: 'unpacksTooLarge', params: { file: 'leeg.xlsx', max: 200 } })]);
    }
  }, 120_000);

  it('three bombs at once: each refused with the limit, /healthz answers within a second throughout', async () => {
    const bomb = await bombXlsx('<row><c><v>1</v></c></row>', 10_000_000);
    const { result } = await healthWhile(Promise.all([upload('a.xlsx', bomb), upload('b.xlsx', bomb), upload('c.xlsx', bomb)]));
    for (const res of result) expect((res.errors?.[0]?.extensions?.issues as Issue[])[0]?.code).toBe('tooManyRows');
  }, 120_000);
});
