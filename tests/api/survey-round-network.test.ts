import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../support/test-app';
import { testStoreKinds } from '../support/test-stores';

/**
 * A round's network as files (exportSurveyNetwork) and directed kinds reported from the other side
 * ("Mintus refers clients to us"): the export and the results are two views of one fact and agree;
 * acceptance turns a reversed report into a relation from the partner to the respondent.
 */
const createRound = `mutation ($input: NewSurveyRoundInput!) { createSurveyRound(input: $input) { round { id } links { actorId token } } }`;
const submit = `mutation ($token: String!, $answer: SurveyAnswerInput!) { submitSurveyAnswer(token: $token, answer: $answer) { submittedAt } }`;
const results = `query ($roundId: ID!) { surveyResults(roundId: $roundId) {
  pairs { a b reciprocity tieKeys }
  ties { key reporterActorId partnerActorId relationKind direction sourceActorId targetActorId since }
} }`;
const exportNetwork = `query ($roundId: ID!, $format: ExportFormat!, $language: Language) {
  exportSurveyNetwork(roundId: $roundId, format: $format, language: $language) { fileName mediaType contentBase64 }
}`;

interface Tie {
  key: string;
  reporterActorId: string;
  partnerActorId: string | null;
  relationKind: string;
  direction: string;
  sourceActorId: string | null;
  targetActorId: string | null;
  since: string | null;
}
interface File {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}
interface Doc {
  actors: { id: string; kind: string; name: string }[];
  relations: { id: string; kind: string; source: string; target: string; since: string | null; note: string | null }[];
}

const area = 'nbh-brugge-sint-pieters';
const today = new Date().toISOString().slice(0, 10);
const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
const contact = { name: 'Invuller Geheim', email: 'geheim@example.be', phone: '+32 470 00 00 00' };
/** A submitted partner needs a value and a trust score: one item of each is enough. */
const scored = { valueItems: { INVOLVEMENT: 3 }, trustItems: { RELIABLE: 4 } };
const text = (file: File) => Buffer.from(file.contentBase64, 'base64').toString('utf8');

describe.each(testStoreKinds('survey round network'))('a round’s network and reversed directed ties on %s', (store) => {
  let app: TestApp;
  let roundId: string;

  beforeAll(async () => {
    app = await startTestApp({ store });
    const created = await gql<{ createSurveyRound: { round: { id: string }; links: { actorId: string; token: string }[] } }>(app.url, createRound, {
      input: { title: 'Doorverwijzingen Sint-Pieters', areaId: area, opensOn: today, closesOn: inAYear },
    });
    expect(created.errors).toBeUndefined();
    roundId = created.data!.createSurveyRound.round.id;
    const token = (actorId: string) => created.data!.createSurveyRound.links.find((l) => l.actorId === actorId)!.token;
    const answers: [string, unknown[]][] = [
      // Mintus: "we refer to Vivendo" (the default direction), and partners with AZ Sint-Jan.
      ['org-mintus', [{ partnerActorId: 'org-vivendo', relationKind: 'REFERS_TO', level: 'COORDINATED', since: '2022-03-01', ...scored }, { partnerActorId: 'org-az-sint-jan', relationKind: 'PARTNERS_WITH', level: 'COOPERATIVE', ...scored }]],
      // Vivendo: "Mintus refers to us" (the same tie, told from the other side), and a proposal still waiting.
      [
        'org-vivendo',
        [
          { partnerActorId: 'org-mintus', relationKind: 'REFERS_TO', direction: 'TO_RESPONDENT', level: 'COOPERATIVE', since: '2021-09-01', note: 'Vooral schuldhulp', ...scored },
          { proposedActor: { name: 'Buurtkern', kind: 'CitizenInitiative' }, relationKind: 'PARTNERS_WITH', level: 'AWARENESS', ...scored },
        ],
      ],
      // AZ Sint-Jan: "Vivendo refers to us".
      ['org-az-sint-jan', [{ partnerActorId: 'org-vivendo', relationKind: 'REFERS_TO', direction: 'TO_RESPONDENT', level: 'COOPERATIVE', ...scored }]],
    ];
    for (const [actorId, partners] of answers) {
      const res = await gql(app.url, submit, { token: token(actorId), answer: { contact, partners } }, { as: 'anonymous' });
      expect(res.errors, actorId).toBeUndefined();
    }
  }, 120_000);
  afterAll(() => app.stop());

  it('keeps the direction with each tie and pairs the two sides of one directed tie regardless of it', async () => {
    const res = await gql<{ surveyResults: { pairs: { a: string; b: string; reciprocity: string; tieKeys: string[] }[]; ties: Tie[] } }>(app.url, results, { roundId });
    expect(res.errors).toBeUndefined();
    const { ties, pairs } = res.data!.surveyResults;
    const reversed = ties.find((t) => t.reporterActorId === 'org-vivendo' && t.partnerActorId === 'org-mintus')!;
    expect(reversed).toMatchObject({ direction: 'TO_RESPONDENT', sourceActorId: 'org-mintus', targetActorId: 'org-vivendo', key: 'org-mintus--REFERS_TO--org-vivendo' });
    const forward = ties.find((t) => t.reporterActorId === 'org-mintus' && t.partnerActorId === 'org-vivendo')!;
    expect(forward).toMatchObject({ direction: 'FROM_RESPONDENT', sourceActorId: 'org-mintus', targetActorId: 'org-vivendo', key: reversed.key });
    expect(pairs.find((p) => p.a === 'org-mintus' && p.b === 'org-vivendo')).toMatchObject({ reciprocity: 'BOTH_SIDES', tieKeys: [reversed.key] });
  });

  it('exports the reported ties as the network, every format by the network export’s writer, without the contact', async () => {
    const res = await gql<{ exportSurveyNetwork: File[] }>(app.url, exportNetwork, { roundId, format: 'JSON' });
    expect(res.errors).toBeUndefined();
    const doc = JSON.parse(text(res.data!.exportSurveyNetwork[0]!)) as Doc;
    const { data } = await gql<{ surveyResults: { ties: Tie[] } }>(app.url, results, { roundId });
    // The same fact in two views: one relation per reported tie with an actor at both ends.
    const fromResults = data!.surveyResults.ties
      .filter((t) => t.partnerActorId)
      .map((t) => [t.relationKind, t.sourceActorId, t.targetActorId, t.since, t.reporterActorId])
      .sort();
    const fromExport = doc.relations.map((r) => [r.kind, r.source, r.target, r.since, r.id.split('@')[1]]).sort();
    expect(fromExport).toEqual(fromResults);
    expect(fromExport).toContainEqual(['REFERS_TO', 'org-mintus', 'org-vivendo', '2021-09-01', 'org-vivendo']);
    expect(fromExport).toContainEqual(['REFERS_TO', 'org-vivendo', 'org-az-sint-jan', null, 'org-az-sint-jan']);
    for (const r of doc.relations) expect(r.note).toContain(`Netwerkbevraging "Doorverwijzingen Sint-Pieters" (${roundId}): gemeld door `);
    expect(doc.relations.find((r) => r.id.endsWith('@org-vivendo') && r.kind === 'REFERS_TO')?.note).toContain('Vivendo');
    // The invited actors and the partners they named; the waiting proposal has no actor yet.
    expect(doc.actors.map((a) => a.id).sort()).toEqual(['ini-burenhulp-sint-pieters', 'org-az-sint-jan', 'org-bs-sint-pieters', 'org-mintus', 'org-vivendo']);

    for (const format of ['CSV', 'XLSX', 'GEXF', 'GRAPHML', 'JSON']) {
      const files = await gql<{ exportSurveyNetwork: File[] }>(app.url, exportNetwork, { roundId, format, language: 'en' });
      expect(files.errors, format).toBeUndefined();
      expect(files.data!.exportSurveyNetwork.length, format).toBeGreaterThan(0);
      for (const file of files.data!.exportSurveyNetwork) {
        expect(file.fileName).toMatch(new RegExp(`^netwerkbevraging-${roundId}\\.`));
        const content = format === 'XLSX' ? Buffer.from(file.contentBase64, 'base64').toString('latin1') : text(file);
        for (const secret of [contact.name, contact.email, contact.phone]) expect(content, `${format} ${file.fileName}`).not.toContain(secret);
      }
    }
    const csv = await gql<{ exportSurveyNetwork: File[] }>(app.url, exportNetwork, { roundId, format: 'CSV', language: 'en' });
    const relationsCsv = csv.data!.exportSurveyNetwork.find((f) => f.fileName.endsWith('.relations.csv'))!;
    // Localised headers, like the network export; one row per relation.
    expect(text(relationsCsv)).toMatch(/Source/);
    expect(text(relationsCsv).trim().split('\r\n')).toHaveLength(doc.relations.length + 1);
  });

  it('refuses a viewer and an anonymous caller', async () => {
    const viewer = await gql(app.url, exportNetwork, { roundId, format: 'JSON' }, { as: 'viewer' });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(app.url, exportNetwork, { roundId, format: 'JSON' }, { as: 'anonymous' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a reversed report as a relation from the partner to the respondent', async () => {
    const accept = `mutation ($roundId: ID!, $key: String!) { acceptSurveyTie(roundId: $roundId, key: $key) { id kind source target since } }`;
    const res = await gql<{ acceptSurveyTie: { id: string; kind: string; source: string; target: string; since: string } }>(app.url, accept, { roundId, key: 'org-vivendo--REFERS_TO--org-az-sint-jan' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptSurveyTie).toMatchObject({ kind: 'REFERS_TO', source: 'org-vivendo', target: 'org-az-sint-jan' });
    const stored = await app.store.getRelation(res.data!.acceptSurveyTie.id);
    expect(stored).toMatchObject({ source: 'org-vivendo', target: 'org-az-sint-jan' });
    // Both sides of Mintus -> Vivendo (one forward, one reversed) become one relation, from the earliest since.
    const both = await gql<{ acceptSurveyTie: { source: string; target: string; since: string } }>(app.url, accept, { roundId, key: 'org-mintus--REFERS_TO--org-vivendo' });
    expect(both.data!.acceptSurveyTie).toMatchObject({ source: 'org-mintus', target: 'org-vivendo', since: '2021-09-01' });
    const refers = (await app.store.relationsOf('org-vivendo')).filter((r) => r.kind === 'REFERS_TO');
    expect(refers.map((r) => `${r.source}>${r.target}`).sort()).toEqual(['org-mintus>org-vivendo', 'org-vivendo>org-az-sint-jan']);
  });
});
