import { todayInBrussels } from '@weefsel/graph-schema';
import { demoGraph } from '@weefsel/seeds';
import { gapKinds } from '../../api/src/analysis/gaps/gap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../support/pdf-text';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

/** The area report over real HTTP on the demo seeds, read back as a person would read the PDF. */

const doc = demoGraph();
const byId = new Map(doc.actors.map((a) => [a.id, a]));
// A municipality a transition manager works in: a person whose name only editors see.
const placement = doc.relations.find((r) => r.kind === 'ACTIVE_IN' && byId.get(r.source)?.kind === 'TransitionManager' && byId.get(r.target)?.kind === 'Municipality');
if (!placement) throw new Error('report-api.test: the demo seeds no longer have a transition manager active in a municipality');
const area = byId.get(placement.target)!;
const person = byId.get(placement.source)!;
const since = '2024-01-01';

const reportQuery = `query ($areaId: ID!, $since: Date!, $language: Language) {
  areaReport(areaId: $areaId, since: $since, language: $language) { fileName mediaType contentBase64 }
}`;

interface ReportFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

let app: TestApp;

async function report(role: 'editor' | 'viewer', variables: Record<string, unknown>): Promise<{ file: ReportFile; text: string; pages: number }> {
  const res = await gql<{ areaReport: ReportFile }>(app.url, reportQuery, variables, { as: role });
  expect(res.errors).toBeUndefined();
  const file = res.data!.areaReport;
  const pages = await pdfPages(Buffer.from(file.contentBase64, 'base64'));
  return { file, text: pages.join(' '), pages: pages.length };
}

describe.each(testStoreKinds('area report'))('areaReport on %s', (store) => {
  beforeAll(async () => {
    app = await startTestApp({ store });
  });
  afterAll(() => app.stop());

  it('writes a Dutch PDF whose figures, gaps and suggestions are the ones the views report for the same area and days', async () => {
    const { file, text } = await report('editor', { areaId: area.id, since });
    expect(file.mediaType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^weefsel-rapport-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain(`Netwerkrapport ${area.name}`);
    expect(text).toContain('Kerncijfers');
    expect(text).toContain('Hiaten');
    expect(text).toContain('Voorgestelde samenwerkingen');
    expect(text).toContain('Levensdomeinen');

    const views = await gql<{
      networkChanges: { after: { actorCount: number; tieCount: number }; tiesAdded: unknown[]; tiesEnded: unknown[] };
      gaps: { gaps: { kind: keyof typeof gapKinds; explanation: { nl: string } }[] };
      suggestCollaborations: { from: { name: string }; to: { name: string } }[];
    }>(
      app.url,
      `query ($scope: ScopeInput, $areaId: ID!, $since: Date!, $today: Date!) {
        networkChanges(scope: $scope, from: $since, to: $today) { after { actorCount tieCount } tiesAdded { id } tiesEnded { id } }
        gaps(scope: $scope) { gaps { kind explanation { nl } } }
        suggestCollaborations(neighbourhoodId: $areaId, limit: 10) { from { name } to { name } }
      }`,
      { scope: { areaId: area.id }, areaId: area.id, since, today: todayInBrussels() },
    );
    expect(views.errors).toBeUndefined();
    const { networkChanges, gaps, suggestCollaborations } = views.data!;
    // The key figures and the source line state the same counts as the changes view.
    expect(text).toContain(`${networkChanges.after.actorCount} actoren en ${networkChanges.after.tieCount} samenwerkingsbanden in het gebied`);
    expect(text).toContain(`${networkChanges.tiesAdded.length} nieuwe en ${networkChanges.tiesEnded.length} beëindigde samenwerkingsbanden`);
    expect(gaps.gaps.length).toBeGreaterThan(0);
    for (const gap of gaps.gaps.slice(0, 25)) {
      expect(text).toContain(gapKinds[gap.kind].nl);
      // Long explanations wrap over lines: compare their first words.
      expect(text).toContain(gap.explanation.nl.split(' ').slice(0, 4).join(' '));
    }
    expect(suggestCollaborations.length).toBeGreaterThan(0);
    for (const s of suggestCollaborations) expect(text).toContain(`${s.from.name} – ${s.to.name}`);
  });

  it('draws every actor of the area on its map, at the positions of the layout view', async () => {
    const { model } = await app.services.reports.areaReportModel({ areaId: area.id, since, language: 'nl', seesPersonalData: true });
    const network = await gql<{ network: { nodes: { id: string }[] } }>(app.url, 'query ($scope: ScopeInput) { network(scope: $scope) { nodes { id } } }', { scope: { areaId: area.id } });
    expect(network.errors).toBeUndefined();
    expect(model.map.nodes.map((n) => n.id).sort()).toEqual(network.data!.network.nodes.map((n) => n.id).sort());
    for (const node of model.map.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(model.map.width);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(model.map.height);
    }
  });

  it('writes English on request', async () => {
    const { text } = await report('editor', { areaId: area.id, since, language: 'en' });
    expect(text).toContain(`Network report ${area.name}`);
    expect(text).toContain('Key figures');
    expect(text).not.toContain('Kerncijfers');
  });

  it("shows people's names to editors only", async () => {
    const editor = await report('editor', { areaId: area.id, since });
    const viewer = await report('viewer', { areaId: area.id, since });
    expect(editor.text).toContain(person.name);
    expect(viewer.text).not.toContain(person.name);
    expect(viewer.text).toContain('Namen van personen zijn weggelaten');
    expect(editor.text).not.toContain('Namen van personen zijn weggelaten');
  });

  it('refuses an actor that is not an area, an unknown id and a day after today, naming the field', async () => {
    const organisation = doc.actors.find((a) => a.kind === 'Organisation')!;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ areaId: organisation.id, since }, 'areaId', 'notAnArea'],
      [{ areaId: 'nergens', since }, 'areaId', 'unknownActor'],
      [{ areaId: area.id, since: '2999-01-01' }, 'since', 'afterToday'],
    ];
    for (const [variables, path, code] of cases) {
      const res = await gql(app.url, reportQuery, variables);
      expect(res.errors?.[0]?.extensions?.issues, code).toMatchObject([{ path, code }]);
    }
  });

  it('is refused without a login', async () => {
    const res = await gql(app.url, reportQuery, { areaId: area.id, since }, { as: 'anonymous' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
