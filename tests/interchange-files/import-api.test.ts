import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSecuritySettings, importBytesWithin } from '../../api/src/config-security';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { graphOf, writtenRelations } from './support';
import { testStoreKinds } from '../support/test-stores';

describe.each(testStoreKinds('file import API'))('file import API on %s', (storeKind) => {
  const importMutation = `mutation ($files: [ImportFileInput!]!, $mapping: [ColumnChoiceInput!], $dryRun: Boolean!) {
    importFiles(files: $files, mapping: $mapping, dryRun: $dryRun) {
      applied problemCount
      actors { create update unchanged } relations { create update unchanged }
      problems { sheet row column value reason }
      sheets { sheet role rows columns { column property } }
      properties { role key labelNl required }
      summary { actors { created } relations { created } }
    }
  }`;

  interface ImportAnswer {
    importFiles: {
      applied: boolean;
      problemCount: number;
      actors: { create: number };
      relations: { create: number };
      problems: { sheet: string; row: number; column: string; value: string; reason: string }[];
      sheets: { sheet: string; role: string | null; columns: { column: string; property: string | null }[] }[];
      properties: { role: string; key: string }[];
      summary: { actors: { created: number }; relations: { created: number } } | null;
    };
  }

  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const actorsCsv = { name: 'partners.csv', contentBase64: base64('Organisatie,Soort,Gemeente\nBuurtpunt Noord,burgerinitiatief,Brugge\nWijkteam Zuid,Organisatie,Oostende\n') };
  const mapping = [{ sheet: 'partners.csv', column: 'Organisatie', property: 'name' }];

  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ store: storeKind });
  });
  afterAll(() => app.stop());

  describe('importFiles and exportNetwork over HTTP', () => {
    it('an editor previews (nothing written), then applies', async () => {
      const before = await graphOf(app.store);
      const guess = await gql<ImportAnswer>(app.url, importMutation, { files: [actorsCsv], dryRun: true });
      expect(guess.data?.importFiles.problems[0]).toMatchObject({ sheet: 'partners.csv', row: 1, reason: expect.stringMatching(/no column for name/) });
      expect(guess.data?.importFiles.properties).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'actors', key: 'area.Municipality' })]));

      const dry = await gql<ImportAnswer>(app.url, importMutation, { files: [actorsCsv], mapping, dryRun: true });
      expect(dry.errors).toBeUndefined();
      expect(dry.data?.importFiles).toMatchObject({ applied: false, problemCount: 0, actors: { create: 2 }, relations: { create: 2 }, summary: null });
      expect(dry.data?.importFiles.sheets[0]?.columns[0]).toEqual({ column: 'Organisatie', property: 'name' });
      expect(await graphOf(app.store)).toEqual(before);

      const applied = await gql<ImportAnswer>(app.url, importMutation, { files: [actorsCsv], mapping, dryRun: false });
      expect(applied.data?.importFiles).toMatchObject({ applied: true, summary: { actors: { created: 2 }, relations: { created: 2 } } });
      expect(await app.store.getActor('citizeninitiative-buurtpunt-noord')).toMatchObject({ name: 'Buurtpunt Noord' });
    });

    it('applying a file with problems answers BAD_USER_INPUT naming the row, and writes nothing', async () => {
      const before = await graphOf(app.store);
      const bad = { name: 'bad.csv', contentBase64: base64('Naam,Soort\nGoed,Project\nSlecht,Vereniging\n') };
      const res = await gql<ImportAnswer>(app.url, importMutation, { files: [bad], dryRun: false });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/bad\.csv row 3 column Soort: unknown kind "Vereniging"/);
      expect(await graphOf(app.store)).toEqual(before);
    });

    it('a kind change that breaks a stored relation: the preview names the row and the relation, as the import refuses it', async () => {
      const before = await graphOf(app.store);
      // Zoersel made an organisation: the projects and organisations located in it would lie in no area.
      const json = { name: 'zoersel.json', contentBase64: base64(JSON.stringify({ actors: [{ id: 'mun-zoersel', kind: 'Organisation', name: 'Zoersel' }], relations: [] })) };
      const csv = { name: 'zoersel.csv', contentBase64: base64('Id,Naam,Soort\nmun-zoersel,Zoersel,Organisatie\n') };
      for (const [file, sheet, row] of [[json, 'zoersel.json actors', 1], [csv, 'zoersel.csv', 2]] as const) {
        const dry = await gql<ImportAnswer>(app.url, importMutation, { files: [file], dryRun: true });
        const problems = dry.data?.importFiles.problems ?? [];
        expect(problems.length, file.name).toBeGreaterThan(0);
        for (const problem of problems) expect(problem, file.name).toMatchObject({ sheet, row, reason: expect.stringMatching(/cannot change actor "mun-zoersel" to Organisation: relation \S+ would break/) });
        const applied = await gql<ImportAnswer>(app.url, importMutation, { files: [file], dryRun: false });
        expect(applied.errors?.[0]?.extensions?.code, file.name).toBe('BAD_USER_INPUT');
        // The same relations the preview named, no more and no fewer (the message itself lists the first five).
        const named = (text: string) => [...text.matchAll(/relation (\S+) would break/g)].map((m) => m[1]).sort();
        const refused = (applied.errors?.[0]?.extensions?.issues ?? []) as { code: string; params: { relation: string } }[];
        expect(refused.map((issue) => issue.code).every((code) => code === 'kindChangeBreaksRelation'), file.name).toBe(true);
        expect(refused.map((issue) => issue.params.relation).sort(), file.name).toEqual(named(problems.map((p) => p.reason).join('\n')));
      }
      expect(await graphOf(app.store)).toEqual(before);
    });

    describe('relations ended by their actor', () => {
      type Counts = { created: number; updated: number; unchanged: number };
      /** Applies the files and gives what the store says it wrote. */
      const appliedCounts = async (files: { name: string; contentBase64: string }[]) => {
        const counts = 'summary { actors { created updated unchanged } relations { created updated unchanged } }';
        const res = await gql<{ importFiles: { summary: { actors: Counts; relations: Counts } } }>(app.url, importMutation.replace(/summary \{.*\}\n/, `${counts}\n`), { files, dryRun: false });
        expect(res.errors).toBeUndefined();
        return res.data!.importFiles.summary;
      };

      // o-closing closed in 2022. r-closed was recorded as ended without an end of its own (it takes
      // the actor's); r-lapsed was left ACTIVE and only reads as ended because its actor did.
      beforeAll(async () => {
        const org = (id: string, until: string | null = null) => ({ id, kind: 'Organisation' as const, name: id, until });
        await app.store.importGraph({
          actors: [org('o-closing', '2022-06-30'), org('o-partner-a'), org('o-partner-b')],
          relations: [
            { id: 'r-closed', kind: 'PARTNERS_WITH', source: 'o-partner-a', target: 'o-closing', status: 'ENDED' },
            { id: 'r-lapsed', kind: 'PARTNERS_WITH', source: 'o-partner-b', target: 'o-closing', weight: 1 },
          ],
        });
      });

      it('clearing that actor\'s end: the preview names the relation at the row, as the import refuses it', async () => {
        const before = await graphOf(app.store);
        const json = { name: 'closing.json', contentBase64: base64(JSON.stringify({ actors: [{ id: 'o-closing', kind: 'Organisation', name: 'o-closing' }], relations: [] })) };
        const csv = { name: 'closing.csv', contentBase64: base64('Id,Naam,Soort,Tot en met\no-closing,o-closing,Organisatie,\n') };
        for (const [file, sheet, row, column] of [[json, 'closing.json actors', 1, 'until'], [csv, 'closing.csv', 2, 'Tot en met']] as const) {
          const dry = await gql<ImportAnswer>(app.url, importMutation, { files: [file], dryRun: true });
          expect(dry.data?.importFiles.problems, file.name).toEqual([
            expect.objectContaining({ sheet, row, column, reason: expect.stringMatching(/cannot clear the last day \(until\) of actor "o-closing": relation r-closed is stored as ENDED/) }),
          ]);
          const applied = await gql<ImportAnswer>(app.url, importMutation, { files: [file], dryRun: false });
          const refused = (applied.errors?.[0]?.extensions?.issues ?? []) as { code: string; params: { relation: string } }[];
          expect(refused.map((issue) => [issue.code, issue.params.relation]), file.name).toEqual([['endClearBreaksRelation', 'r-closed']]);
        }
        expect(await graphOf(app.store)).toEqual(before);
      });

      it('a sheet without a status column keeps the stored statuses, and the preview counts what the import writes', async () => {
        // New weights only: r-lapsed must stay ACTIVE as written, not take today's ENDED from the export.
        const csv = { name: 'weights.csv', contentBase64: base64('Id,Van,Naar,Soort,Gewicht\nr-lapsed,o-partner-b,o-closing,PARTNERS_WITH,3\nr-closed,o-partner-a,o-closing,PARTNERS_WITH,\n') };
        const dry = await gql<ImportAnswer>(app.url, importMutation, { files: [csv], dryRun: true });
        expect(dry.data?.importFiles).toMatchObject({ problemCount: 0, relations: { create: 0, update: 1, unchanged: 1 } });
        expect((await appliedCounts([csv])).relations).toEqual({ created: 0, updated: 1, unchanged: 1 });
        const written = await writtenRelations(app.store);
        expect(written.find((r) => r.id === 'r-lapsed')).toMatchObject({ status: 'ACTIVE', weight: 3 });
        // Read today it is still ended, through its actor.
        expect((await app.store.getRelation('r-lapsed'))?.status).toBe('ENDED');
      });

      it('the whole history exported and imported again changes nothing: a status read from the dates is no edit', async () => {
        const before = await writtenRelations(app.store);
        // r-lapsed is stored ACTIVE and exported ENDED (its actor ended), as are the demo's ties past their end.
        expect(before.find((r) => r.id === 'r-lapsed')?.status).toBe('ACTIVE');
        for (const format of ['JSON', 'XLSX']) {
          const res = await gql<{ exportNetwork: { fileName: string; contentBase64: string }[] }>(app.url, `{ exportNetwork(format: ${format}, history: true) { fileName contentBase64 } }`);
          const files = (res.data?.exportNetwork ?? []).map(({ fileName, contentBase64 }) => ({ name: fileName, contentBase64 }));
          if (format === 'JSON') expect(files[0]?.contentBase64 && Buffer.from(files[0].contentBase64, 'base64').toString('utf8'), format).toMatch(/"id": "r-lapsed"[^}]*"status": "ENDED"/);
          const dry = await gql<ImportAnswer>(app.url, importMutation, { files, dryRun: true });
          expect(dry.data?.importFiles, format).toMatchObject({ problemCount: 0, actors: { create: 0, update: 0 }, relations: { create: 0, update: 0 } });
          const applied = await gql<ImportAnswer>(app.url, importMutation, { files, dryRun: false });
          expect(applied.errors, format).toBeUndefined();
        }
        // The importGraph mutation reads a document's statuses as the file import does.
        const history = await gql<{ exportNetwork: { contentBase64: string }[] }>(app.url, '{ exportNetwork(format: JSON, history: true) { contentBase64 } }');
        const data = JSON.parse(Buffer.from(history.data?.exportNetwork[0]?.contentBase64 ?? '', 'base64').toString('utf8')) as Record<string, unknown>;
        const imported = await gql<{ importGraph: { relations: { created: number; updated: number } } }>(
          app.url,
          'mutation ($data: JSONObject!) { importGraph(data: $data) { relations { created updated } } }',
          { data },
        );
        expect(imported.errors).toBeUndefined();
        expect(imported.data?.importGraph.relations).toEqual({ created: 0, updated: 0 });
        const after = await writtenRelations(app.store);
        expect(after.map(({ id, status }) => [id, status])).toEqual(before.map(({ id, status }) => [id, status]));
      });

      it('a row that changes only an actor\'s days is counted as the update the import writes', async () => {
        const csv = { name: 'days.csv', contentBase64: base64('Id,Naam,Soort,Sinds,Tot en met\no-partner-a,o-partner-a,Organisatie,2015-01-01,\no-partner-b,o-partner-b,Organisatie,,\n') };
        const dry = await gql<ImportAnswer>(app.url, importMutation, { files: [csv], dryRun: true });
        expect(dry.data?.importFiles).toMatchObject({ problemCount: 0, actors: { create: 0, update: 1, unchanged: 1 } });
        expect((await appliedCounts([csv])).actors).toEqual({ created: 0, updated: 1, unchanged: 1 });
        expect(await app.store.getActor('o-partner-a')).toMatchObject({ since: '2015-01-01', until: null });
      });
    });

    it('a viewer may neither import nor export', async () => {
      const before = await graphOf(app.store);
      const res = await gql(app.url, importMutation, { files: [actorsCsv], mapping, dryRun: false }, { as: 'viewer' });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
      const exported = await gql(app.url, '{ exportNetwork(format: CSV) { fileName } }', {}, { as: 'viewer' });
      expect(exported.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await graphOf(app.store)).toEqual(before);
    });

    it('an XLSX export of a scope comes back as base64 and imports as unchanged', async () => {
      const res = await gql<{ exportNetwork: { fileName: string; mediaType: string; contentBase64: string }[] }>(
        app.url,
        '{ exportNetwork(format: XLSX, areaId: "mun-brugge") { fileName mediaType contentBase64 } }',
      );
      const [file] = res.data?.exportNetwork ?? [];
      expect(file).toMatchObject({ fileName: 'weefsel-mun-brugge.xlsx', mediaType: expect.stringMatching(/spreadsheetml/) });
      expect(Buffer.from(file?.contentBase64 ?? '', 'base64').subarray(0, 2).toString()).toBe('PK');
      const again = await gql<ImportAnswer>(app.url, importMutation, { files: [{ name: file?.fileName, contentBase64: file?.contentBase64 }], dryRun: true });
      expect(again.data?.importFiles).toMatchObject({ problemCount: 0, actors: { create: 0, update: 0 }, relations: { create: 0, update: 0 } });
    });

    it('exports the network on a day (today when not asked) or its whole history, with headers in the language asked', async () => {
      const files = async (args: string) => {
        const res = await gql<{ exportNetwork: { contentBase64: string }[] }>(app.url, `{ exportNetwork(${args}) { contentBase64 } }`);
        expect(res.errors).toBeUndefined();
        return res.data!.exportNetwork.map((f) => Buffer.from(f.contentBase64, 'base64').toString('utf8'));
      };
      const relations = async (args: string) => (JSON.parse((await files(`format: JSON, ${args}`))[0]!) as { relations: unknown[] }).relations.length;
      const [history, today, past] = [await relations('history: true'), await relations('areaId: null'), await relations('asOf: "2019-01-01"')];
      // The demo holds ties that ended and ties begun since 2019.
      expect(history).toBeGreaterThan(today);
      expect(past).toBeLessThan(today);
      const headerOf = async (args: string) => (await files(`format: CSV, ${args}`))[0]!.replace(/^\ufeff/, '').split(/\r?\n/)[0];
      expect(await headerOf('language: en')).toMatch(/\bName\b/);
      expect(await headerOf('language: nl')).toMatch(/\bNaam\b/);
      const mixed = await gql(app.url, '{ exportNetwork(format: JSON, history: true, asOf: "2020-01-01") { fileName } }');
      expect(JSON.stringify(mixed.errors)).toContain('historyWithDate');
    });
  });
});

describe('the import limit over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    // A 2 MB body leaves 1 MB for an import's files.
    app = await startTestApp({ security: { limits: { ...defaultSecuritySettings().limits, body: '2mb', importBytes: importBytesWithin('2mb') } } });
  });
  afterAll(() => app.stop());

  it('tells the web the configured limit, refuses a larger file by name, and a body over the limit whole', async () => {
    const limit = await gql<{ importMaxBytes: number }>(app.url, '{ importMaxBytes }', {}, { as: 'editor' });
    expect(limit.data?.importMaxBytes).toBe(1024 * 1024);
    const big = { name: 'groot.csv', contentBase64: Buffer.alloc(1024 * 1024 + 10, 'a').toString('base64') };
    const refused = await gql(app.url, 'mutation ($files: [ImportFileInput!]!) { importFiles(files: $files) { applied } }', { files: [big] }, { as: 'editor' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(refused.errors)).toContain('fileTooLarge');
    const huge = { name: 'te-groot.csv', contentBase64: Buffer.alloc(2 * 1024 * 1024, 'a').toString('base64') };
    const tooLarge = await gql(app.url, 'mutation ($files: [ImportFileInput!]!) { importFiles(files: $files) { applied } }', { files: [huge] }, { as: 'editor' });
    expect(tooLarge.status).toBe(413);
  });
});

