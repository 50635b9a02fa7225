import { limits, nodeKinds, relationKinds } from '@weefsel/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFile, tempStore, type TempStore } from './support';

/**
 * Real registers hold long names (a Norwegian research foundation's official name runs to 90
 * characters): a relation between two of them, named in a sheet, gets an id the user never wrote,
 * and that id must not be the reason the file is refused.
 */
const first = 'TRANSPORTØKONOMISK INSTITUTT STIFTELSEN NORSK SENTER FOR SAMFERDSELSFORSKNING OG VEIFORSKNING';
const second = 'STIFTELSEN NORSK INSTITUTT FOR NATURFORSKNING OG KULTURMINNEFORSKNING AVDELING TRONDHEIM MIDT';

let empty: TempStore;
beforeAll(async () => {
  empty = await tempStore();
});
afterAll(() => empty.close());

describe('a sheet of organisations with long names', () => {
  const organisation = nodeKinds.Organisation.label.nl;
  const files = [
    csvFile('actoren.csv', ['Naam;Soort', `${first};${organisation}`, `${second};${organisation}`]),
    csvFile('relaties.csv', ['Van;Naar;Relatie;Sinds', `${first};${second};${relationKinds.PARTNERS_WITH.label.nl};01/01/2019`]),
  ];

  it('imports the relation between them, under an id within the limit, and re-imports it as unchanged', async () => {
    const { plan } = await empty.files.importFiles(files, { dryRun: false });
    expect(plan.problems).toEqual([]);
    const [relation] = (await empty.store.exportGraph()).relations;
    expect(relation!.id.length).toBeLessThanOrEqual(limits.idLength);
    const again = await empty.files.importFiles(files, { dryRun: true });
    expect(again.plan.problems).toEqual([]);
    expect(again.plan.relations).toMatchObject({ create: 0, unchanged: 1 });
  });
});
