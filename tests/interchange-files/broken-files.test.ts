import { ValidationError } from '@weefsel/graph-schema';
import { demoGraph } from '@weefsel/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputFile } from '../../api/src/interchange-files';
import { csvFile, graphOf, tempStore, type TempStore } from './support';
import { buildXlsx } from './xlsx-builder';

let demo: TempStore;
beforeAll(async () => {
  demo = await tempStore(demoGraph());
});
afterAll(() => demo.close());

/** Plans the files, then applies them: the apply must fail with the same problems and write nothing. */
async function rejected(files: InputFile[]) {
  const before = await graphOf(demo.store);
  const { plan } = await demo.files.importFiles(files, { dryRun: true });
  await expect(demo.files.importFiles(files, { dryRun: false })).rejects.toBeInstanceOf(ValidationError);
  expect(await graphOf(demo.store)).toEqual(before);
  return plan.problems.map(({ sheet, row, column, value, reason }) => ({ sheet, row, column, value, reason }));
}

const actors = (lines: string[]) => csvFile('actoren.csv', ['Naam,Soort,Levensdomein(en),Gemeente', ...lines]);

describe('broken files: the exact problem rows, and nothing written', () => {
  it('missing columns are named on the header row', async () => {
    const problems = await rejected([csvFile('a.csv', ['Naam,Levensdomeinen', 'Buurtwerk X,welzijn']), csvFile('r.csv', ['Van,Soort', 'Brugge,werkt samen met'])]);
    expect(problems).toEqual([
      { sheet: 'a.csv', row: 1, column: '', value: '', reason: expect.stringMatching(/^no column for kind: actors need a column headed "Soort" or "Kind"/) },
      { sheet: 'r.csv', row: 1, column: '', value: '', reason: expect.stringMatching(/^no column for target/) },
    ]);
  });

  it('wrong types: unknown kind and domain, bad dates, a weight that is not a number, a yes/no that is neither', async () => {
    const problems = await rejected([
      csvFile('a.csv', ['Naam,Soort,Levensdomeinen,Formeel', 'Een,organisatie,welzijn,ja', 'Twee,Vereniging,zorg,nee', 'Drie,Project,gezondheid,ja', 'Vier,Project,,misschien']),
      csvFile('r.csv', ['Van,Naar,Soort,Sinds,Tot,Gewicht', 'Een,Brugge,werkt samen met,31/02/2024,,2', 'Een,Brugge,financiert,01/01/2024,31/12/2023,1', 'Een,Oostende,werkt samen met,2024-01-01,,veel', 'Een,Brugge,financiert,,,']),
    ]);
    expect(problems).toEqual([
      { sheet: 'a.csv', row: 3, column: 'Soort', value: 'Vereniging', reason: expect.stringMatching(/^unknown kind "Vereniging"; use one of: Gemeente, /) },
      { sheet: 'a.csv', row: 4, column: 'Levensdomeinen', value: 'gezondheid', reason: expect.stringMatching(/^unknown life domain "gezondheid"/) },
      { sheet: 'a.csv', row: 5, column: 'Formeel', value: 'misschien', reason: '"misschien" is not yes or no; use ja/nee or yes/no' },
      { sheet: 'r.csv', row: 2, column: 'Sinds', value: '31/02/2024', reason: expect.stringMatching(/is not a date; use dd\/mm\/yyyy/) },
      { sheet: 'r.csv', row: 3, column: 'Tot', value: '31/12/2023', reason: 'until must not be before since (2024-01-01)' },
      { sheet: 'r.csv', row: 4, column: 'Gewicht', value: 'veel', reason: '"veel" is not a number' },
      { sheet: 'r.csv', row: 5, column: 'Soort', value: 'financiert', reason: expect.stringMatching(/FUNDS cannot run from a Organisation to a Municipality/) },
    ]);
  });

  it('a broken JSON document is refused with the line and column where it breaks', async () => {
    const file = { name: 'kapot.json', content: Buffer.from('{\n  "actors": [\n    {"id": "a",}\n  ]\n}\n', 'utf8') };
    expect(await rejected([file])).toEqual([
      { sheet: 'kapot.json', row: 0, column: '', value: '', reason: 'is not valid JSON: it breaks at line 3, column 16; expected { "actors": [...], "relations": [...] }' },
    ]);
    const { plan } = await demo.files.importFiles([file], { dryRun: true });
    // The web words it from these (describe-problem.test.ts); the engine's English message is not passed on.
    expect(plan.problems.map(({ code, params }) => ({ code, params }))).toEqual([{ code: 'invalidJson', params: { line: 3, column: 16 } }]);
  });

  it('every problem also carries a code and params, so the web can say it in Dutch or English', async () => {
    const files = [
      csvFile('a.csv', ['Naam,Soort,Formeel', 'Twee,Vereniging,nee', 'Vier,Project,misschien']),
      csvFile('r.csv', ['Van,Naar,Soort,Sinds,Tot,Gewicht', 'Twee,Brugge,financiert,01/01/2024,31/12/2023,1', 'Nergens,Brugge,werkt samen met,,,heel sterk']),
    ];
    const { plan } = await demo.files.importFiles(files, { dryRun: true });
    expect(plan.problems.map(({ row, code, params }) => ({ row, code, params }))).toEqual([
      { row: 2, code: 'unknownValue', params: { property: 'kind', value: 'Vereniging' } },
      { row: 3, code: 'notYesNo', params: { value: 'misschien' } },
      { row: 2, code: 'unknownReference', params: { value: 'Twee' } },
      { row: 3, code: 'unknownReference', params: { value: 'Nergens' } },
      { row: 3, code: 'notANumber', params: { value: 'heel sterk' } },
    ]);
  });

  it('a CSV file whose headers say nothing is named', async () => {
    expect(await rejected([csvFile('x.csv', ['Kolom A,Kolom B', '1,2'])])).toEqual([
      { sheet: 'x.csv', row: 1, column: '', value: 'Kolom A, Kolom B', reason: expect.stringMatching(/^these headers are neither actors/) },
      { sheet: 'x.csv', row: 1, column: '', value: '', reason: expect.stringMatching(/^found no sheet of actors/) },
    ]);
  });

  it('unknown and ambiguous references, duplicate names', async () => {
    const problems = await rejected([
      actors(['Dubbel,Project,,', 'Dubbel,burgerinitiatief,,', 'Nieuw project,Project,,Nergensdorp', 'Nieuw project,project,,']),
      csvFile('relaties.csv', ['Van,Naar,Soort', 'Dubbel,Brugge,is gelegen in', 'Nieuw project,Onbekende vzw,werkt samen met']),
    ]);
    expect(problems).toEqual([
      { sheet: 'actoren.csv', row: 4, column: 'Gemeente', value: 'Nergensdorp', reason: 'no actor with id or name "Nergensdorp" of kind Municipality in the file or the store' },
      { sheet: 'actoren.csv', row: 5, column: 'Naam', value: 'Nieuw project', reason: 'duplicate actor id "project-nieuw-project": the same as row 4 of sheet actoren.csv' },
      { sheet: 'relaties.csv', row: 2, column: 'Van', value: 'Dubbel', reason: expect.stringMatching(/^"Dubbel" is the name of 2 actors \(project-dubbel, citizeninitiative-dubbel\); use the id instead/) },
      { sheet: 'relaties.csv', row: 3, column: 'Naar', value: 'Onbekende vzw', reason: 'no actor with id or name "Onbekende vzw" in the file or the store' },
    ]);
  });

  it('empty rows are skipped; a row with an empty name is a problem', async () => {
    const ok = await demo.files.plan([actors(['Buurthuis De Link,burgerinitiatief,welzijn;vrije tijd,Brugge', ',,,', '', 'Repair Café,Burgerinitiatief,,Oostende'])]);
    expect(ok.problems).toEqual([]);
    expect(ok.actors.create).toBe(2);
    expect(ok.relations.create).toBe(2);
    const problems = await rejected([actors(['Buurthuis De Link,burgerinitiatief,,', ',Project,welzijn,'])]);
    expect(problems).toEqual([{ sheet: 'actoren.csv', row: 3, column: 'Naam', value: '', reason: 'name is empty; every actor needs a name' }]);
  });

  it('a 10,000-row CSV with one bad row names exactly that row', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Groot ${i},Project,,${i % 2 === 0 ? 'Brugge' : 'mun-oostende'}`);
    rows[7_345] = 'Groot 7345,Project,,Atlantis';
    const problems = await rejected([actors(rows)]);
    expect(problems).toEqual([{ sheet: 'actoren.csv', row: 7_347, column: 'Gemeente', value: 'Atlantis', reason: expect.stringMatching(/no actor with id or name "Atlantis"/) }]);
  }, 60_000);

  it('an XLSX sheet names its sheet and row; a file that is not XLSX is refused with a reason', async () => {
    const content = buildXlsx([{ name: 'Partners', rows: [['Naam', 'Type', 'Doelgroep'], ['Thuiszorg Y', 'Organisation', 'mantelzorgers'], ['Z', 'Organisation', 'iedereen']] }]);
    expect(await rejected([{ name: 'partners.xlsx', content }])).toEqual([
      { sheet: 'Partners', row: 3, column: 'Doelgroep', value: 'iedereen', reason: expect.stringMatching(/^unknown target group "iedereen"/) },
    ]);
    await expect(demo.files.plan([{ name: 'kapot.xlsx', content: Buffer.from('not a zip file') }])).rejects.toThrow(/kapot\.xlsx: is not a readable XLSX file/);
    await expect(demo.files.plan([{ name: 'kapot.xlsx', content: Buffer.from('not a zip file') }])).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'unreadableFile', params: expect.objectContaining({ file: 'kapot.xlsx', format: 'XLSX' }) })],
    });
    // An empty file once left exceljs's reader waiting forever.
    await expect(demo.files.plan([{ name: 'leeg.xlsx', content: Buffer.alloc(0) }])).rejects.toThrow(/leeg\.xlsx: is not a readable XLSX file \(it is not a zip archive/);
  });
});

describe('what a coordinator types is understood', () => {
  it('Dutch and English labels in any case, Belgian and ISO dates, references by name, a mapping choice', async () => {
    const files = [
      csvFile('partners.csv', ['Organisatie;Type;Domain(s);Municipality;E-mail', 'Dienstencentrum Zon;ORGANISATIE;Care and health, Welzijn;brugge;zon@example.be']),
      csvFile('links.csv', ['Bron,Doel,Relatie,Sinds,Tot,Gewicht', 'Dienstencentrum Zon,mun-brugge,Refers to,1/9/2021,2025-06-30,"1,5"']),
    ];
    const plan = await demo.files.plan(files, [{ sheet: 'partners.csv', column: 'Organisatie', property: 'name' }]);
    expect(plan.problems).toEqual([]);
    expect(plan.sheets[0]?.columns).toEqual([
      { column: 'Organisatie', property: 'name' },
      { column: 'Type', property: 'kind' },
      { column: 'Domain(s)', property: 'domains' },
      { column: 'Municipality', property: 'area.Municipality' },
      { column: 'E-mail', property: 'contact.email' },
    ]);
    expect(plan.document?.actors).toEqual([{ id: 'organisation-dienstencentrum-zon', kind: 'Organisation', name: 'Dienstencentrum Zon', domains: ['WELFARE', 'CARE'], contact: { email: 'zon@example.be' } }]);
    expect(plan.document?.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'REFERS_TO', source: 'organisation-dienstencentrum-zon', target: 'mun-brugge', since: '2021-09-01', until: '2025-06-30', weight: 1.5 }),
        expect.objectContaining({ kind: 'LOCATED_IN', source: 'organisation-dienstencentrum-zon', target: 'mun-brugge' }),
      ]),
    );
    expect(plan.actors).toEqual({ create: 1, update: 0, unchanged: 0 });
  });

  it('reads the days an actor exists from its own columns, Belgian or ISO, and refuses an end before the start naming the row', async () => {
    const good = await demo.files.plan([csvFile('projecten.csv', ['Naam;Soort;Sinds;Tot en met', 'Proefproject Zon;project;1/5/2016;2018-04-30'])]);
    expect(good.problems).toEqual([]);
    expect(good.document?.actors).toEqual([expect.objectContaining({ name: 'Proefproject Zon', kind: 'Project', since: '2016-05-01', until: '2018-04-30' })]);
    const bad = await demo.files.plan([csvFile('projecten.csv', ['Naam;Soort;Sinds;Tot en met', 'Proefproject Zon;project;1/5/2018;30/4/2016'])]);
    expect(bad.problems).toEqual([expect.objectContaining({ code: 'untilBeforeSince', row: 2 })]);
    expect(bad.document).toBeNull();
  });

  it('re-importing a sheet without ids updates the same actors and keeps the columns it does not have', async () => {
    const target = await tempStore(demoGraph());
    try {
      const before = await target.store.getActor('mun-brugge');
      const file = csvFile('a.csv', ['Naam,Soort,Beschrijving', 'Brugge,Gemeente,Nieuwe beschrijving']);
      const first = await target.files.importFiles([file], { dryRun: false });
      expect(first.plan.actors).toEqual({ create: 0, update: 1, unchanged: 0 });
      const after = await target.store.getActor('mun-brugge');
      expect(after).toMatchObject({ description: 'Nieuwe beschrijving', domains: before?.domains, contact: before?.contact });
      const again = await target.files.importFiles([file], { dryRun: false });
      expect(again.plan.actors).toEqual({ create: 0, update: 0, unchanged: 1 });
      expect(again.summary?.actors).toEqual({ created: 0, updated: 0, unchanged: 1 });
    } finally {
      await target.close();
    }
  });
});
